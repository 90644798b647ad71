"""Minutes to print, built by hand: the documents need no database."""

import dataclasses
import datetime as dt

from doan_desktop.documents.minutes_data import Absent, Guest, MinutesData, Speech

ABSENT_EXCUSED = [Absent("Nguyễn Thị Ánh", "đi làm ăn xa"), Absent("H' Hen Niê", "ốm")]
ABSENT_UNEXCUSED = [Absent("Đỗ Văn Đạt")]


def sample_minutes(**changes) -> MinutesData:
    data = MinutesData(
        upper_body="Đoàn xã Hòa Phú",
        issuing_body="Chi đoàn thôn 3",
        place_name="Hòa Phú",
        signed_on=dt.date(2026, 2, 5),
        title="SINH HOẠT CHI ĐOÀN THÁNG 01/2026",
        date=dt.date(2026, 2, 5),
        start_time="19:30",
        end_time="21:00",
        place="Nhà văn hóa thôn 3",
        chair="Nguyễn Văn Hùng",
        secretary="Trần Thị Mai",
        chair_title="Bí thư chi đoàn",
        guests=[Guest("Lê Văn Tâm", "Phó Bí thư Đoàn xã")],
        expected=25,
        present=22,
        absent_excused=list(ABSENT_EXCUSED),
        absent_unexcused=list(ABSENT_UNEXCUSED),
        agenda=["Đánh giá kết quả tháng 01/2026", "Triển khai nhiệm vụ tháng 02/2026"],
        discussion=[
            Speech("Nguyễn Văn Hùng", "Thông qua báo cáo kết quả tháng 01/2026."),
            Speech("Y Phôn Ksơr", "Đề nghị tổ chức lớp kỹ năng chuyển đổi số cho thanh niên."),
        ],
        conclusions="Tổ chức lớp kỹ năng vào tháng 3/2026.",
        resolutions="Giao đồng chí Y Phôn Ksơr xây dựng kế hoạch.",
        vote_for=21,
        vote_against=0,
        vote_other=1,
    )
    return dataclasses.replace(data, **changes)


def long_discussion(count: int = 60) -> list[Speech]:
    return [
        Speech(
            f"Đoàn viên số {index}",
            f"Ý kiến thứ {index}: đề nghị chi đoàn tăng cường tuyên truyền, vận động thanh niên "
            "tham gia các phần việc ở thôn, giữ gìn vệ sinh môi trường và giúp đỡ gia đình "
            "có hoàn cảnh khó khăn trong dịp Tết.",
        )
        for index in range(1, count + 1)
    ]

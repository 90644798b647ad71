<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>the language of the program</source>
        <translation>ngôn ngữ lập trình của chương trình</translation>
    </message>
    <message>
        <source>the window</source>
        <translation>cửa sổ chương trình</translation>
    </message>
    <message>
        <source>installed with Qt for Python</source>
        <translation>cài kèm Qt for Python</translation>
    </message>
    <message>
        <source>the print preview</source>
        <translation>xem trước bản in</translation>
    </message>
    <message>
        <source>the font of printed documents</source>
        <translation>phông chữ của giấy tờ in ra</translation>
    </message>
    <message>
        <source>the icons</source>
        <translation>các biểu tượng</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>upgrades of the database</source>
        <translation>nâng cấp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>tài liệu PDF</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>tài liệu Word</translation>
    </message>
    <message>
        <source>Excel files</source>
        <translation>tệp Excel</translation>
    </message>
    <message>
        <source>dates and numbers</source>
        <translation>cách viết ngày tháng và số</translation>
    </message>
    <message>
        <source>where the data is kept</source>
        <translation>nơi lưu dữ liệu</translation>
    </message>
    <message>
        <source>the signed report file</source>
        <translation>tệp báo cáo có chữ ký số</translation>
    </message>
    <message>
        <source>About doan-desktop</source>
        <translation>Giới thiệu doan-desktop</translation>
    </message>
    <message>
        <source>The records of a commune Youth Union office, kept on this computer. Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Hồ sơ công tác Đoàn của xã, phường, lưu ngay trên máy tính này. Phần mềm tự do theo Giấy phép Công cộng GNU (GNU GPL), phiên bản 3 trở lên.</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}</source>
        <translation>Python {python}, Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>Chạy trên:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Dùng cho</translation>
    </message>
    <message>
        <source>Qt and Qt for Python are used under the GNU Lesser General Public License version 3: their libraries are shipped unchanged as separate files, which may be replaced by other builds of the same version.</source>
        <translation>Qt và Qt for Python được dùng theo Giấy phép Công cộng Hạn chế GNU (GNU LGPL) phiên bản 3: các thư viện của chúng được kèm theo nguyên vẹn, thành các tệp riêng, có thể thay bằng bản dựng khác cùng phiên bản.</translation>
    </message>
    <message>
        <source>Font licence…</source>
        <translation>Giấy phép phông chữ…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Licence of the Liberation fonts</source>
        <translation>Giấy phép của phông chữ Liberation</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <source>What you were doing was not saved; the records saved before are safe.</source>
        <translation>Thao tác vừa rồi chưa được lưu; các hồ sơ đã lưu trước đó vẫn an toàn.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect. Your saved records are safe. The details were written to {path}.</source>
        <translation>Chương trình gặp một lỗi không lường trước. Dữ liệu đã lưu vẫn an toàn. Chi tiết lỗi đã được ghi vào {path}.</translation>
    </message>
    <message>
        <source>Open the log</source>
        <translation>Mở nhật ký</translation>
    </message>
    <message>
        <source>Cannot use the data folder {path}: {detail}</source>
        <translation>Không dùng được thư mục dữ liệu {path}: {detail}</translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
    <message>
        <source>doan-desktop is already open on this data folder ({path}), but its window did not come forward. Look for it on the taskbar. If it is closing, wait a moment and start the program again.</source>
        <translation>doan-desktop đã được mở trên thư mục dữ liệu này ({path}) nhưng cửa sổ của nó không hiện lên. Hãy tìm cửa sổ đó trên thanh tác vụ. Nếu chương trình đang đóng, hãy chờ một lát rồi mở lại.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written ({detail}). Choose a folder you can write to.</source>
        <translation>Không ghi được vào thư mục dữ liệu {path} ({detail}). Hãy chọn thư mục có quyền ghi.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>hiện số phiên bản của chương trình rồi thoát</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Cách dùng: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>Lệnh con</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>hiện hướng dẫn này rồi thoát</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>thiếu các tham số bắt buộc: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>cần một trong các tham số %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>không hiểu các tham số: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>tham số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>giá trị không hợp lệ: %(value)r (chọn một trong: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>giá trị %(type)s không hợp lệ: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>cần một giá trị</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>chỉ nhận tối đa một giá trị</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>cần ít nhất một giá trị</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>cần %s giá trị</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>cần %s giá trị</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tùy chọn không rõ ràng: %(option)s có thể là %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>không được dùng cùng với tham số %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>tùy chọn này không nhận giá trị; %r bị bỏ qua</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>không mở được &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>không có lệnh %(parser_name)r (các lệnh: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Chapter or office</source>
        <translation>Chi đoàn hoặc chức vụ</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Made by hand</source>
        <translation>Tạo thủ công</translation>
    </message>
    <message>
        <source>At close</source>
        <translation>Khi đóng chương trình</translation>
    </message>
    <message>
        <source>While working</source>
        <translation>Tự động trong khi làm việc</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Trước khi nhập dữ liệu</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>Khi khởi động chương trình</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>Không tạo được bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup could not be made: the database cannot be read ({detail}).</source>
        <translation>Không tạo được bản sao lưu: không đọc được cơ sở dữ liệu ({detail}).</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {detail}</source>
        <translation>Không ghi được bản sao lưu vào {path}: {detail}</translation>
    </message>
    <message>
        <source>The backup {path} cannot be restored: {reason}. Choose another one.</source>
        <translation>Không thể khôi phục bản sao lưu {path}: {reason}. Hãy chọn bản khác.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {detail}</source>
        <translation>Không khôi phục được bản sao lưu: {detail}</translation>
    </message>
    <message>
        <source>Row {rowid} of table {table} refers to a missing {parent}.</source>
        <translation>Dòng {rowid} của bảng {table} tham chiếu tới {parent} không còn tồn tại.</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>tệp không phải là cơ sở dữ liệu SQLite</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Tệp đã chọn</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>A copy of the data is made when the program closes, before every import and restore, and every {minutes} minutes while you work. Recent copies are all kept; older ones are thinned to one a day, then one a week, then one a month. Each copy is checked when it is made.</source>
        <translation>Dữ liệu được sao lưu khi đóng chương trình, trước mỗi lần nhập và khôi phục, và cứ {minutes} phút một lần trong khi làm việc. Các bản gần đây đều được giữ; các bản cũ hơn được rút bớt còn mỗi ngày một bản, rồi mỗi tuần một bản, rồi mỗi tháng một bản. Mỗi bản đều được kiểm tra khi tạo.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Thời điểm tạo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Backup made and checked: {time}.</source>
        <translation>Đã tạo và kiểm tra bản sao lưu: {time}.</translation>
    </message>
    <message>
        <source>Put the data back as it was on {time}? The present data is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Đưa dữ liệu về như lúc {time}? Dữ liệu hiện tại sẽ được sao lưu trước, nên có thể hoàn tác bằng cách khôi phục bản sao lưu đó.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Restored the data of {time}.</source>
        <translation>Đã khôi phục dữ liệu lúc {time}.</translation>
    </message>
    <message>
        <source>The data as it was before is kept as the backup of {time}.</source>
        <translation>Dữ liệu trước khi khôi phục được giữ trong bản sao lưu lúc {time}.</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Records of a commune Youth Union office. Without a command, opens the window.</source>
        <translation>Hồ sơ, sổ sách của Đoàn xã. Không kèm lệnh thì mở cửa sổ chương trình.</translation>
    </message>
    <message>
        <source>data folder (default: DOAN_DATA_DIR or the user data folder)</source>
        <translation>thư mục dữ liệu (mặc định: DOAN_DATA_DIR hoặc thư mục dữ liệu của người dùng)</translation>
    </message>
    <message>
        <source>open the sample commune (kept in its own data folder)</source>
        <translation>mở xã mẫu (lưu trong thư mục dữ liệu riêng)</translation>
    </message>
    <message>
        <source>open every page once and exit 0, or 1 naming what failed</source>
        <translation>mở lần lượt mọi trang rồi thoát với mã 0, hoặc mã 1 kèm tên phần bị lỗi</translation>
    </message>
    <message>
        <source>The command could not finish: {detail}</source>
        <translation>Lệnh không thực hiện xong: {detail}</translation>
    </message>
    <message>
        <source>Cannot use the data folder {path}: {detail}</source>
        <translation>Không dùng được thư mục dữ liệu {path}: {detail}</translation>
    </message>
    <message>
        <source>No data in {path}. Run &apos;doan-desktop init&apos; first, or check --data-dir.</source>
        <translation>Không có dữ liệu trong {path}. Hãy chạy &apos;doan-desktop init&apos; trước, hoặc kiểm tra lại --data-dir.</translation>
    </message>
    <message>
        <source>To start a new office in this folder anyway, add --new-office.</source>
        <translation>Nếu vẫn muốn thiết lập đơn vị mới trong thư mục này, hãy thêm --new-office.</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}; restore a copy kept elsewhere with: {command}</source>
        <translation>Không tìm thấy bản sao lưu dùng được trong {folder}; hãy khôi phục một bản được giữ ở nơi khác bằng lệnh: {command}</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>The newest good backup is {name} of {time} ({summary}); restore it with: {command}</source>
        <translation>Bản sao lưu dùng được mới nhất là {name}, tạo lúc {time} ({summary}); khôi phục bằng lệnh: {command}</translation>
    </message>
    <message>
        <source>This data folder has no unit yet. Run &apos;doan-desktop init&apos; first.</source>
        <translation>Thư mục dữ liệu này chưa có đơn vị. Hãy chạy &apos;doan-desktop init&apos; trước.</translation>
    </message>
    <message>
        <source>{unit}, {people} people</source>
        <translation>{unit}, {people} người</translation>
    </message>
    <message>
        <source>{unit}, {people} people, last change {time}</source>
        <translation>{unit}, {people} người, thay đổi gần nhất lúc {time}</translation>
    </message>
    <message>
        <source>output format (default: {format})</source>
        <translation>định dạng kết quả (mặc định: {format})</translation>
    </message>
    <message>
        <source>The chapters are listed by: {command}</source>
        <translation>Xem danh sách chi đoàn bằng lệnh: {command}</translation>
    </message>
    <message>
        <source>{option}: {name} is no longer active; choose an active chapter.</source>
        <translation>{option}: {name} không còn hoạt động; hãy chọn một chi đoàn đang hoạt động.</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>không có tệp: {path}</translation>
    </message>
    <message>
        <source>see &apos;{prog} --help&apos;</source>
        <translation>xem &apos;{prog} --help&apos;</translation>
    </message>
    <message>
        <source>import people from an .xlsx or .csv file</source>
        <translation>nhập đoàn viên, thanh niên từ tệp .xlsx hoặc .csv</translation>
    </message>
    <message>
        <source>put every row in this chapter</source>
        <translation>đưa mọi dòng vào chi đoàn này</translation>
    </message>
    <message>
        <source>create the chapters the file names that do not exist yet</source>
        <translation>tạo các chi đoàn có tên trong tệp mà chưa có</translation>
    </message>
    <message>
        <source>show what would be imported; write nothing</source>
        <translation>chỉ hiện những gì sẽ được nhập; không ghi gì</translation>
    </message>
    <message>
        <source>write the member list to .xlsx or .csv</source>
        <translation>ghi danh sách đoàn viên, thanh niên ra tệp .xlsx hoặc .csv</translation>
    </message>
    <message>
        <source>make, list or restore backups</source>
        <translation>tạo, liệt kê hoặc khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>back up the database now</source>
        <translation>sao lưu cơ sở dữ liệu ngay</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>liệt kê các bản sao lưu, mới nhất trước</translation>
    </message>
    <message>
        <source>put a backup in place of the database (the present state is backed up first)</source>
        <translation>thay cơ sở dữ liệu bằng một bản sao lưu (trạng thái hiện tại được sao lưu trước)</translation>
    </message>
    <message>
        <source>a backup file, or its name in the backups folder</source>
        <translation>tệp sao lưu, hoặc tên của nó trong thư mục sao lưu</translation>
    </message>
    <message>
        <source>check the database (integrity and references)</source>
        <translation>kiểm tra cơ sở dữ liệu (tính toàn vẹn và các liên kết)</translation>
    </message>
    <message>
        <source>Chapters created: {names}</source>
        <translation>Đã tạo các chi đoàn: {names}</translation>
    </message>
    <message>
        <source>  sheet {sheet}, row {row}, column {column}: {message}</source>
        <translation>  trang {sheet}, dòng {row}, cột {column}: {message}</translation>
    </message>
    <message>
        <source>  sheet {sheet}, row {row}: repeats row {first_row} of sheet {first_sheet}</source>
        <translation>  trang {sheet}, dòng {row}: trùng với dòng {first_row} của trang {first_sheet}</translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation>Không có tệp: {path}</translation>
    </message>
    <message>
        <source>Add it first, or add --create-chapters.</source>
        <translation>Hãy thêm chi đoàn trước, hoặc thêm --create-chapters.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Không nhập được dòng nào.</translation>
    </message>
    <message>
        <source>write the rows that were not imported (with the reason) and those imported with a warning to this workbook</source>
        <translation>ghi vào bảng tính này các dòng không nhập được (kèm lý do) và các dòng được nhập kèm cảnh báo</translation>
    </message>
    <message>
        <source>the .xlsx or .csv file to read</source>
        <translation>tệp .xlsx hoặc .csv cần đọc</translation>
    </message>
    <message>
        <source>the encoding of a CSV file (auto: a byte-order mark, else UTF-8 if valid, else Windows-1258)</source>
        <translation>bảng mã của tệp CSV (auto: theo dấu BOM ở đầu tệp; không có thì UTF-8 nếu hợp lệ; nếu không thì Windows-1258)</translation>
    </message>
    <message>
        <source>the file to write, ending in .xlsx or .csv</source>
        <translation>tệp sẽ ghi, có đuôi .xlsx hoặc .csv</translation>
    </message>
    <message>
        <source>only the people of this chapter</source>
        <translation>chỉ những người thuộc chi đoàn này</translation>
    </message>
    <message>
        <source>Would import {count} people ({imported} new, {updated} updated); {unchanged} unchanged; {errors} rows with errors, {duplicates} repeated rows. Nothing was written.</source>
        <translation>Sẽ nhập {count} người ({imported} mới, {updated} cập nhật); {unchanged} không đổi; {errors} dòng có lỗi, {duplicates} dòng lặp lại. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>Imported {count} people ({imported} new, {updated} updated); {unchanged} unchanged; {errors} rows with errors, {duplicates} repeated rows.</source>
        <translation>Đã nhập {count} người ({imported} mới, {updated} cập nhật); {unchanged} không đổi; {errors} dòng có lỗi, {duplicates} dòng lặp lại.</translation>
    </message>
    <message>
        <source>Would create chapters: {names}</source>
        <translation>Sẽ tạo các chi đoàn: {names}</translation>
    </message>
    <message>
        <source>Would record {added} offices and end {ended} terms.</source>
        <translation>Sẽ ghi {added} chức vụ và kết thúc {ended} nhiệm kỳ.</translation>
    </message>
    <message>
        <source>Offices recorded: {added}; terms ended: {ended}.</source>
        <translation>Đã ghi {added} chức vụ; đã kết thúc {ended} nhiệm kỳ.</translation>
    </message>
    <message>
        <source>{n} cells begin like a formula (=, +, -, @ or a tab); they are taken as plain text, and exports write them so that Excel and Calc never run them:</source>
        <translation>{n} ô bắt đầu giống một công thức (=, +, -, @ hoặc dấu tab); các ô này được nhập đúng như chữ đã ghi, và các tệp xuất ra đều ghi chúng sao cho Excel và Calc không bao giờ chạy thành công thức:</translation>
    </message>
    <message>
        <source>  sheet {sheet}, row {row}, column {column}: {text}</source>
        <translation>  trang {sheet}, dòng {row}, cột {column}: {text}</translation>
    </message>
    <message>
        <source>  note: sheet {sheet}, row {row}, column {column}: {message}</source>
        <translation>  lưu ý: trang {sheet}, dòng {row}, cột {column}: {message}</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>dấu phẩy</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>dấu chấm phẩy</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>ký tự tab</translation>
    </message>
    <message>
        <source>Read as {encoding} (detected), columns separated by {separator}.</source>
        <translation>Đọc theo bảng mã {encoding} (tự nhận biết), các cột ngăn cách bằng {separator}.</translation>
    </message>
    <message>
        <source>Read as {encoding}, columns separated by {separator}.</source>
        <translation>Đọc theo bảng mã {encoding}, các cột ngăn cách bằng {separator}.</translation>
    </message>
    <message>
        <source>Rows that would not be imported, or would be imported with a warning, were written to {path}.</source>
        <translation>Các dòng sẽ không được nhập, hoặc sẽ được nhập kèm cảnh báo, đã được ghi vào {path}.</translation>
    </message>
    <message>
        <source>Rows not imported, or imported with a warning, were written to {path}.</source>
        <translation>Các dòng không nhập được, hoặc được nhập kèm cảnh báo, đã được ghi vào {path}.</translation>
    </message>
    <message>
        <source>Missing chapters: {names}. Add them, or add --create-chapters.</source>
        <translation>Thiếu các chi đoàn: {names}. Hãy thêm các chi đoàn này, hoặc thêm --create-chapters.</translation>
    </message>
    <message>
        <source>The file name must end in .xlsx or .csv.</source>
        <translation>Tên tệp phải có đuôi .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <source>Wrote {count} people of {unit} to {path}.</source>
        <translation>Đã ghi {count} người của {unit} vào {path}.</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>Đã ghi và kiểm tra bản sao lưu: {path}</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Thời điểm tạo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>No such backup: {name}. See &apos;doan-desktop backup list&apos;.</source>
        <translation>Không có bản sao lưu: {name}. Xem &apos;doan-desktop backup list&apos;.</translation>
    </message>
    <message>
        <source>Restored {backup}.</source>
        <translation>Đã khôi phục {backup}.</translation>
    </message>
    <message>
        <source>The state before the restore was kept as {path}.</source>
        <translation>Trạng thái trước khi khôi phục được giữ lại tại {path}.</translation>
    </message>
    <message>
        <source>The database {path} is not sound: {problems}.</source>
        <translation>Cơ sở dữ liệu {path} có vấn đề: {problems}.</translation>
    </message>
    <message>
        <source>The database {path} is sound.</source>
        <translation>Cơ sở dữ liệu {path} không có lỗi.</translation>
    </message>
    <message>
        <source>not a year: {value} (use four digits, e.g. 2026)</source>
        <translation>không phải là năm: {value} (dùng bốn chữ số, ví dụ 2026)</translation>
    </message>
    <message>
        <source>meetings and their minutes</source>
        <translation>cuộc họp và biên bản</translation>
    </message>
    <message>
        <source>list meetings, most recent first</source>
        <translation>liệt kê các cuộc họp, gần nhất trước</translation>
    </message>
    <message>
        <source>meetings of this chapter, and joint meetings it took part in</source>
        <translation>các cuộc họp của chi đoàn này, và các buổi sinh hoạt liên chi đoàn mà chi đoàn đã tham gia</translation>
    </message>
    <message>
        <source>only this kind</source>
        <translation>chỉ loại này</translation>
    </message>
    <message>
        <source>only the meetings held in Y</source>
        <translation>chỉ các cuộc họp tổ chức trong năm Y</translation>
    </message>
    <message>
        <source>record a meeting held, as a draft, with its attendance</source>
        <translation>ghi một cuộc họp đã tổ chức, dưới dạng bản nháp, kèm danh sách có mặt</translation>
    </message>
    <message>
        <source>Record a meeting that was held, as a draft to finish in the window, checked as the meeting form checks it. The attendance list is the people expected at the meeting (for a chapter meeting, the chapter&apos;s members): those named in --attendance FILE are marked from it and the others absent, or everyone is present with --all-present. Nothing is written when anything is wrong.</source>
        <translation>Ghi một cuộc họp đã tổ chức, dưới dạng bản nháp để hoàn thiện trong cửa sổ chương trình, được kiểm tra như trên biểu mẫu cuộc họp. Danh sách điểm danh gồm những người thuộc thành phần cuộc họp (với buổi sinh hoạt chi đoàn là các đoàn viên của chi đoàn): người có tên trong tệp --attendance FILE được điểm danh theo tệp, những người còn lại là vắng; hoặc tất cả đều có mặt với --all-present. Nếu có gì sai thì không ghi gì cả.</translation>
    </message>
    <message>
        <source>monthly or themed (a chapter&apos;s meeting), joint (inter-chapter), briefing (with the chapter secretaries), bch (the commune committee) or club (the secretaries&apos; club)</source>
        <translation>monthly hoặc themed (sinh hoạt chi đoàn định kỳ hoặc chuyên đề), joint (sinh hoạt liên chi đoàn), briefing (giao ban với Bí thư chi đoàn), bch (họp Ban Chấp hành Đoàn xã) hoặc club (sinh hoạt CLB Bí thư chi đoàn)</translation>
    </message>
    <message>
        <source>the chapter that met; for a joint meeting, the host chapter</source>
        <translation>chi đoàn sinh hoạt; với sinh hoạt liên chi đoàn là chi đoàn đăng cai</translation>
    </message>
    <message>
        <source>joint meeting: a chapter taking part besides the host (repeat for each)</source>
        <translation>sinh hoạt liên chi đoàn: một chi đoàn tham gia ngoài chi đoàn đăng cai (lặp lại cho mỗi chi đoàn)</translation>
    </message>
    <message>
        <source>the date held, dd/mm/yyyy</source>
        <translation>ngày tổ chức, dd/mm/yyyy</translation>
    </message>
    <message>
        <source>monthly meeting: the month it reports on (default: the month it was held)</source>
        <translation>sinh hoạt định kỳ: sinh hoạt tháng nào (mặc định: tháng tổ chức)</translation>
    </message>
    <message>
        <source>the theme (required for a themed meeting)</source>
        <translation>chủ đề (bắt buộc với sinh hoạt chuyên đề)</translation>
    </message>
    <message>
        <source>the time it started</source>
        <translation>giờ bắt đầu</translation>
    </message>
    <message>
        <source>the time it ended</source>
        <translation>giờ kết thúc</translation>
    </message>
    <message>
        <source>where it was held</source>
        <translation>địa điểm tổ chức</translation>
    </message>
    <message>
        <source>a text or CSV file naming those present, one full name or id a line (a second column may say excused, with the reason, or absent); the others expected are absent</source>
        <translation>tệp văn bản hoặc CSV ghi những người có mặt, mỗi dòng một họ tên hoặc mã (cột thứ hai có thể ghi vắng có lý do, kèm lý do, hoặc vắng); những người còn lại trong thành phần là vắng</translation>
    </message>
    <message>
        <source>everyone expected at the meeting was present</source>
        <translation>mọi người trong thành phần cuộc họp đều có mặt</translation>
    </message>
    <message>
        <source>monthly or themed meeting: the chapter&apos;s youth (not members) are on the list too</source>
        <translation>sinh hoạt định kỳ hoặc chuyên đề: mời cả thanh niên (chưa là đoàn viên) của chi đoàn, có tên trong danh sách điểm danh</translation>
    </message>
    <message>
        <source>who chaired: a full name or id among those present</source>
        <translation>người chủ trì: họ tên hoặc mã của một người có mặt</translation>
    </message>
    <message>
        <source>who took the minutes: a full name or id among those present</source>
        <translation>thư ký ghi biên bản: họ tên hoặc mã của một người có mặt</translation>
    </message>
    <message>
        <source>a guest, with their title after a comma (repeat for each)</source>
        <translation>một khách mời, kèm chức danh sau dấu phẩy (lặp lại cho mỗi người)</translation>
    </message>
    <message>
        <source>an item of the agenda (repeat for each, in order)</source>
        <translation>một nội dung trong chương trình (lặp lại cho mỗi nội dung, theo thứ tự)</translation>
    </message>
    <message>
        <source>what someone said in the discussion (repeat for each)</source>
        <translation>ý kiến phát biểu trong phần thảo luận (lặp lại cho mỗi ý kiến)</translation>
    </message>
    <message>
        <source>the conclusions</source>
        <translation>kết luận</translation>
    </message>
    <message>
        <source>the resolutions</source>
        <translation>nghị quyết</translation>
    </message>
    <message>
        <source>the vote on the resolutions</source>
        <translation>kết quả biểu quyết nghị quyết</translation>
    </message>
    <message>
        <source>not a month: {value} (write mm/yyyy, for example 11/2026)</source>
        <translation>không phải là tháng: {value} (viết dạng mm/yyyy, ví dụ 11/2026)</translation>
    </message>
    <message>
        <source>This kind of meeting ({kind}) is the commune&apos;s, not a chapter&apos;s; leave this option out.</source>
        <translation>Loại cuộc họp này ({kind}) là của Đoàn xã, không phải của một chi đoàn; hãy bỏ tùy chọn này.</translation>
    </message>
    <message>
        <source>Only a joint meeting has chapters taking part besides the host.</source>
        <translation>Chỉ sinh hoạt liên chi đoàn mới có các chi đoàn tham gia ngoài chi đoàn đăng cai.</translation>
    </message>
    <message>
        <source>Only a monthly meeting reports on a month.</source>
        <translation>Chỉ sinh hoạt định kỳ mới được tính cho một tháng.</translation>
    </message>
    <message>
        <source>This kind of meeting ({kind}) has no theme; leave this option out.</source>
        <translation>Loại cuộc họp này ({kind}) không có chủ đề; hãy bỏ tùy chọn này.</translation>
    </message>
    <message>
        <source>Only a monthly or themed meeting may invite the chapter&apos;s youth.</source>
        <translation>Chỉ sinh hoạt định kỳ hoặc chuyên đề mới có thể mời thanh niên của chi đoàn.</translation>
    </message>
    <message>
        <source>&quot;{who}&quot; is a youth of the chapter, not a member: add --include-youth to list the chapter&apos;s youth.</source>
        <translation>&quot;{who}&quot; là thanh niên của chi đoàn, chưa là đoàn viên: hãy thêm --include-youth để đưa thanh niên của chi đoàn vào danh sách.</translation>
    </message>
    <message>
        <source>&quot;{who}&quot; is not among those expected at this meeting: write the full name as the roster has it or the id (&apos;roster list&apos;), or record the person as a guest (--guest).</source>
        <translation>&quot;{who}&quot; không thuộc thành phần cuộc họp này: hãy ghi họ tên đúng như trong danh sách hoặc ghi mã (&apos;roster list&apos;), hoặc ghi người này là khách mời (--guest).</translation>
    </message>
    <message>
        <source>{name} is already on line {first}.</source>
        <translation>{name} đã có ở dòng {first}.</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>dòng {line}: {problem}</translation>
    </message>
    <message>
        <source>{option}: &quot;{who}&quot; is not on the attendance list of this meeting; choose someone present.</source>
        <translation>{option}: &quot;{who}&quot; không có trong danh sách điểm danh của cuộc họp này; hãy chọn một người có mặt.</translation>
    </message>
    <message>
        <source>Saved as a draft: {meeting}, held on {date}; {present} present, {excused} absent with a reason, {absent} absent without a reason, {guests} guests (id {id}).</source>
        <translation>Đã lưu bản nháp: {meeting}, tổ chức ngày {date}; {present} có mặt, {excused} vắng có lý do, {absent} vắng không lý do, {guests} khách mời (mã {id}).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>the superior office&apos;s inbox of signed report files</source>
        <translation>hộp thư của Đoàn cấp trên, nhận các tệp báo cáo có chữ ký</translation>
    </message>
    <message>
        <source>trust a commune: import its key registration file</source>
        <translation>tin cậy một xã: nhập tệp đăng ký khóa của xã đó</translation>
    </message>
    <message>
        <source>list the trusted keys</source>
        <translation>liệt kê các khóa tin cậy</translation>
    </message>
    <message>
        <source>receive report files (.zip files, or folders of them)</source>
        <translation>nhận tệp báo cáo (tệp .zip, hoặc thư mục chứa chúng)</translation>
    </message>
    <message>
        <source>who reported for a period, and the totals</source>
        <translation>những xã đã báo cáo trong một kỳ, và số liệu tổng hợp</translation>
    </message>
    <message>
        <source>write a period&apos;s totals by commune to an Excel file</source>
        <translation>ghi số liệu tổng hợp theo xã của một kỳ ra tệp Excel</translation>
    </message>
    <message>
        <source>show or set the days after a period&apos;s end that reports are due</source>
        <translation>xem hoặc đặt số ngày sau khi hết kỳ là hạn nộp báo cáo</translation>
    </message>
    <message>
        <source>This data folder is set up for a commune office; the inbox belongs to a superior office.</source>
        <translation>Thư mục dữ liệu này được thiết lập cho Đoàn xã; hộp thư thuộc về Đoàn cấp trên.</translation>
    </message>
    <message>
        <source>{path} is larger than 1 MB: it is not a list of who attended.</source>
        <translation>{path} lớn hơn 1 MB: đây không phải là danh sách người có mặt.</translation>
    </message>
    <message>
        <source>{path} is not text: save it as UTF-8 text or CSV.</source>
        <translation>{path} không phải là tệp văn bản: hãy lưu dưới dạng văn bản UTF-8 hoặc CSV.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}</source>
        <translation>Không đọc được {path}: {detail}</translation>
    </message>
    <message>
        <source>line {line}: &quot;{mark}&quot; is not a mark; write present, excused (with the reason after it) or absent.</source>
        <translation>dòng {line}: &quot;{mark}&quot; không phải là cách điểm danh; hãy ghi có mặt, vắng có lý do (kèm lý do ở cột sau) hoặc vắng.</translation>
    </message>
    <message>
        <source>{path} names no one: write one full name or id a line, for those present.</source>
        <translation>{path} không ghi tên ai: hãy ghi mỗi dòng một họ tên hoặc mã của người có mặt.</translation>
    </message>
    <message>
        <source>{name} ({detail}), id {id}</source>
        <translation>{name} ({detail}), mã {id}</translation>
    </message>
    <message>
        <source>&quot;{who}&quot; could be any of {count} people: {people}. Write the id instead.</source>
        <translation>&quot;{who}&quot; có thể là một trong {count} người: {people}. Hãy ghi mã thay cho họ tên.</translation>
    </message>
    <message>
        <source>Trusted {name} ({code}).</source>
        <translation>Đã tin cậy {name} ({code}).</translation>
    </message>
    <message>
        <source>{name} ({code}) was already trusted with this key.</source>
        <translation>{name} ({code}) đã được tin cậy với khóa này từ trước.</translation>
    </message>
    <message>
        <source>Key id: {key}</source>
        <translation>Mã khóa: {key}</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Dấu vân tay khóa: {fingerprint}</translation>
    </message>
    <message>
        <source>the fingerprint printed on the commune&apos;s paper sheet (spaces, dashes and case do not count); nothing is trusted unless it matches</source>
        <translation>dấu vân tay khóa in trên phiếu giấy của xã (không phân biệt dấu cách, gạch nối, chữ hoa hay chữ thường); chỉ tin cậy khi khớp</translation>
    </message>
    <message>
        <source>the key registration file the commune sent</source>
        <translation>tệp đăng ký khóa mà xã gửi lên</translation>
    </message>
    <message>
        <source>trust without comparing the paper sheet (only if the file came by a way no one else could have changed)</source>
        <translation>tin cậy mà không đối chiếu phiếu giấy (chỉ dùng khi tệp được chuyển theo cách không ai khác có thể sửa đổi)</translation>
    </message>
    <message>
        <source>stop trusting a key: --compromised (nothing it signed counts) or --lost</source>
        <translation>ngừng tin cậy một khóa: --compromised (mọi tệp được ký bằng khóa đều không được tính) hoặc --lost</translation>
    </message>
    <message>
        <source>the key id, as &apos;inbox keys&apos; lists it</source>
        <translation>mã khóa, như lệnh &apos;inbox keys&apos; liệt kê</translation>
    </message>
    <message>
        <source>the key may be in someone else&apos;s hands: refuse every file it signed, even older ones</source>
        <translation>khóa có thể đã lọt vào tay người khác: từ chối mọi tệp được ký bằng khóa này, kể cả các tệp cũ</translation>
    </message>
    <message>
        <source>the commune lost the key or stopped using it: files it signed before today still count, later ones are refused</source>
        <translation>xã bị mất khóa hoặc thôi dùng khóa: các tệp được ký trước hôm nay vẫn được tính, các tệp ký sau đó bị từ chối</translation>
    </message>
    <message>
        <source>report files (.zip), or folders holding them</source>
        <translation>các tệp báo cáo (.zip), hoặc thư mục chứa chúng</translation>
    </message>
    <message>
        <source>the Excel file to write</source>
        <translation>tệp Excel sẽ ghi</translation>
    </message>
    <message>
        <source>the number of days; without it, the days in force are shown</source>
        <translation>số ngày; nếu bỏ trống thì hiện số ngày đang áp dụng</translation>
    </message>
    <message>
        <source>write a signed receipt for each commune: which of its files of the period were accepted or refused, and why (the files not answered yet)</source>
        <translation>ghi phiếu phản hồi có chữ ký cho từng xã: những tệp nào của kỳ đã được nhận hay bị từ chối, và vì sao (các tệp chưa được phản hồi)</translation>
    </message>
    <message>
        <source>the folder to write the receipts in (one file per commune)</source>
        <translation>thư mục để ghi phiếu phản hồi (mỗi xã một tệp)</translation>
    </message>
    <message>
        <source>publish a signed circular for the communes: the indicator list and the deadlines of coming periods</source>
        <translation>phát hành công văn có chữ ký cho các xã: danh mục chỉ tiêu và hạn nộp báo cáo của các kỳ tới</translation>
    </message>
    <message>
        <source>the indicator list, in the format of indicators.json</source>
        <translation>danh mục chỉ tiêu, theo định dạng của indicators.json</translation>
    </message>
    <message>
        <source>when the report of a period is due (repeat for each period)</source>
        <translation>hạn nộp báo cáo của một kỳ (ghi lặp lại cho từng kỳ)</translation>
    </message>
    <message>
        <source>the first period whose report uses the list (default: the quarter under way)</source>
        <translation>kỳ đầu tiên có báo cáo dùng danh mục này (mặc định: quý hiện tại)</translation>
    </message>
    <message>
        <source>the circular&apos;s title, as the communes will read it</source>
        <translation>tiêu đề công văn, như các xã sẽ đọc</translation>
    </message>
    <message>
        <source>the circular file to write</source>
        <translation>tệp công văn sẽ ghi</translation>
    </message>
    <message>
        <source>Give the fingerprint printed on the commune&apos;s paper sheet: --fingerprint &apos;XXXX XXXX …&apos; (or --no-fingerprint-check to trust without the sheet).</source>
        <translation>Hãy nhập dấu vân tay khóa in trên phiếu giấy của xã: --fingerprint &apos;XXXX XXXX …&apos; (hoặc --no-fingerprint-check để tin cậy khi không có phiếu).</translation>
    </message>
    <message>
        <source>Trusted the new key of {name} ({code}); key {old} is retired (files it signed before the rotation still count).</source>
        <translation>Đã tin cậy khóa mới của {name} ({code}); khóa {old} đã ngừng sử dụng (các tệp được ký bằng khóa này trước khi thay khóa vẫn được tính).</translation>
    </message>
    <message>
        <source>The fingerprint matches the paper sheet.</source>
        <translation>Dấu vân tay khóa khớp với phiếu giấy.</translation>
    </message>
    <message>
        <source>Warning: trusted without comparing the paper sheet. Compare this fingerprint with the commune&apos;s sheet as soon as you have it; if it differs, revoke the key (inbox revoke {key} --compromised).</source>
        <translation>Cảnh báo: đã tin cậy mà chưa đối chiếu phiếu giấy. Khi nhận được phiếu của xã, hãy đối chiếu ngay dấu vân tay khóa này; nếu không khớp, hãy thu hồi khóa (inbox revoke {key} --compromised).</translation>
    </message>
    <message>
        <source>Say why the key is no longer trusted: --compromised if it may be in someone else&apos;s hands (nothing it signed counts any more), or --lost if the commune lost it or stopped using it (files it signed before today still count).</source>
        <translation>Hãy cho biết lý do không còn tin cậy khóa: --compromised nếu khóa có thể đã lọt vào tay người khác (mọi tệp được ký bằng khóa đều không còn được tính), hoặc --lost nếu xã bị mất khóa hay thôi dùng khóa (các tệp được ký trước hôm nay vẫn được tính).</translation>
    </message>
    <message>
        <source>Key {key} of {name} ({code}) revoked: no file it signed is accepted any more. Ask the commune to make a new key and send its registration with the paper sheet.</source>
        <translation>Đã thu hồi khóa {key} của {name} ({code}): không còn chấp nhận tệp nào được ký bằng khóa này. Hãy đề nghị xã tạo khóa mới và gửi tệp đăng ký khóa kèm phiếu giấy.</translation>
    </message>
    <message>
        <source>Key {key} of {name} ({code}) retired: files it signed before today still count. Ask the commune to make a new key and send its registration with the paper sheet.</source>
        <translation>Đã ngừng sử dụng khóa {key} của {name} ({code}): các tệp được ký bằng khóa này trước hôm nay vẫn được tính. Hãy đề nghị xã tạo khóa mới và gửi tệp đăng ký khóa kèm phiếu giấy.</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>tin cậy</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>đã thay thế</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>đã ngừng sử dụng</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Mã khóa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <source>No .zip file was found in the folders given.</source>
        <translation>Không tìm thấy tệp .zip nào trong các thư mục đã chỉ định.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>đã nhận trước đó</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>{count} files rejected; kept aside in {path}.</source>
        <translation>{count} tệp bị từ chối; đã để riêng trong {path}.</translation>
    </message>
    <message>
        <source>Period {period}: {received} of {total} communes reported; due {date}.</source>
        <translation>Kỳ {period}: {received}/{total} xã đã báo cáo; hạn nộp {date}.</translation>
    </message>
    <message>
        <source>replaces No. {old}</source>
        <translation>thay cho báo cáo số {old}</translation>
    </message>
    <message>
        <source>{count} conflicting files</source>
        <translation>{count} tệp mâu thuẫn</translation>
    </message>
    <message>
        <source>a file refused on {date} [{code}]</source>
        <translation>có tệp bị từ chối ngày {date} [{code}]</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Totals of {count} communes for {period} written to {path}.</source>
        <translation>Đã ghi số liệu tổng hợp của {count} xã kỳ {period} vào {path}.</translation>
    </message>
    <message>
        <source>Reports are due {days} days after the period ends.</source>
        <translation>Hạn nộp báo cáo là {days} ngày sau khi hết kỳ.</translation>
    </message>
    <message>
        <source>This office has no signing key yet: make it with &apos;doan-desktop keys create&apos;, then send its registration (&apos;keys export&apos;) and fingerprint sheet to the communes.</source>
        <translation>Đơn vị chưa có khóa ký: hãy tạo khóa bằng &apos;doan-desktop keys create&apos;, rồi gửi tệp đăng ký khóa (&apos;keys export&apos;) và phiếu dấu vân tay khóa cho các xã.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Thư mục {path} không tồn tại.</translation>
    </message>
    <message>
        <source>No receipt to write for {period}: every file received was answered.</source>
        <translation>Không có phiếu phản hồi nào cần ghi cho kỳ {period}: mọi tệp đã nhận đều đã được phản hồi.</translation>
    </message>
    <message>
        <source>Wrote receipt No. {n} for {commune}: {accepted} accepted, {rejected} refused — {path}</source>
        <translation>Đã ghi phiếu phản hồi số {n} cho {commune}: {accepted} tệp được nhận, {rejected} tệp bị từ chối — {path}</translation>
    </message>
    <message>
        <source>{file}: refused [{code}], names no commune or report: it cannot be answered (kept in {path}).</source>
        <translation>{file}: bị từ chối [{code}], không ghi rõ xã hay báo cáo nên không thể phản hồi (được lưu tại {path}).</translation>
    </message>
    <message>
        <source>Published circular No. {n} to {path}: indicator list version {version}, for the reports of {period} on.</source>
        <translation>Đã phát hành công văn số {n} vào {path}: danh mục chỉ tiêu phiên bản {version}, áp dụng cho báo cáo từ kỳ {period}.</translation>
    </message>
    <message>
        <source>New indicators: {codes}.</source>
        <translation>Chỉ tiêu mới: {codes}.</translation>
    </message>
    <message>
        <source>The report for {period} is due on {date}.</source>
        <translation>Báo cáo kỳ {period} phải nộp chậm nhất ngày {date}.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>the minutes of a meeting as PDF or Word</source>
        <translation>biên bản cuộc họp dạng PDF hoặc Word</translation>
    </message>
    <message>
        <source>write the minutes as PDF, exactly as printed</source>
        <translation>ghi biên bản ra tệp PDF, đúng như bản in</translation>
    </message>
    <message>
        <source>write the minutes as a Word file (.docx) to edit</source>
        <translation>ghi biên bản ra tệp Word (.docx) để chỉnh sửa</translation>
    </message>
    <message>
        <source>the id shown by &apos;meetings list&apos;</source>
        <translation>mã hiển thị trong &apos;meetings list&apos;</translation>
    </message>
    <message>
        <source>the file to write (replaced if it exists)</source>
        <translation>tệp sẽ ghi (ghi đè nếu đã có)</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder.</source>
        <translation>Không ghi được {path}: đây là một thư mục.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Không ghi được {path}: thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>không có quyền truy cập</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>Cannot write {path}: {detail}.</source>
        <translation>Không ghi được {path}: {detail}.</translation>
    </message>
    <message>
        <source>Wrote the minutes to {path}.</source>
        <translation>Đã ghi biên bản vào {path}.</translation>
    </message>
    <message>
        <source>list or add chapters</source>
        <translation>liệt kê hoặc thêm chi đoàn</translation>
    </message>
    <message>
        <source>list chapters with member and youth counts</source>
        <translation>liệt kê chi đoàn kèm số đoàn viên và thanh niên</translation>
    </message>
    <message>
        <source>add a chapter</source>
        <translation>thêm một chi đoàn</translation>
    </message>
    <message>
        <source>the chapter&apos;s name</source>
        <translation>tên chi đoàn</translation>
    </message>
    <message>
        <source>the kind of chapter</source>
        <translation>loại chi đoàn</translation>
    </message>
    <message>
        <source>the roster of people</source>
        <translation>danh sách đoàn viên, thanh niên</translation>
    </message>
    <message>
        <source>list people in roster order</source>
        <translation>liệt kê đoàn viên, thanh niên theo thứ tự trong danh sách</translation>
    </message>
    <message>
        <source>only the people matching every word (name, other names, citizen ID, phone)</source>
        <translation>chỉ những người khớp với mọi từ đã nhập (họ tên, tên gọi khác, số CCCD, điện thoại)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Thanh niên</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>other names the person is known by</source>
        <translation>tên gọi khác của người này</translation>
    </message>
    <message>
        <source>home town</source>
        <translation>quê quán</translation>
    </message>
    <message>
        <source>current address</source>
        <translation>nơi ở hiện nay</translation>
    </message>
    <message>
        <source>ethnicity, for example Kinh or Ê Đê</source>
        <translation>dân tộc, ví dụ Kinh hoặc Ê Đê</translation>
    </message>
    <message>
        <source>religion</source>
        <translation>tôn giáo</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>nghề nghiệp</translation>
    </message>
    <message>
        <source>general education, for example 12/12</source>
        <translation>trình độ văn hóa, ví dụ 12/12</translation>
    </message>
    <message>
        <source>professional qualification</source>
        <translation>trình độ chuyên môn</translation>
    </message>
    <message>
        <source>political theory</source>
        <translation>lý luận chính trị</translation>
    </message>
    <message>
        <source>member: the chapter or school where admitted</source>
        <translation>đoàn viên: nơi vào Đoàn (chi đoàn hoặc trường)</translation>
    </message>
    <message>
        <source>member: the member card number</source>
        <translation>đoàn viên: số thẻ đoàn viên</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>Add a person to the roster, checked as the person form checks it. Dates are dd/mm/yyyy or a year alone. Nothing is written when anything is wrong.</source>
        <translation>Thêm một người vào danh sách đoàn viên, thanh niên, được kiểm tra như trên biểu mẫu nhập thông tin. Ngày ghi theo dạng dd/mm/yyyy hoặc chỉ ghi năm. Nếu có gì sai thì không ghi gì cả.</translation>
    </message>
    <message>
        <source>add a person (member or youth) to a chapter</source>
        <translation>thêm một người (đoàn viên hoặc thanh niên) vào một chi đoàn</translation>
    </message>
    <message>
        <source>full name: family, middle and given name (Nguyễn Văn An)</source>
        <translation>họ và tên: họ, tên đệm và tên (Nguyễn Văn An)</translation>
    </message>
    <message>
        <source>the person&apos;s chapter</source>
        <translation>chi đoàn của người này</translation>
    </message>
    <message>
        <source>the given name when it is not the last word (Phôn in Y Phôn Ksơr): the roster is sorted by it</source>
        <translation>tên, khi tên không phải là từ cuối cùng của họ tên (Phôn trong Y Phôn Ksơr): danh sách được sắp xếp theo tên</translation>
    </message>
    <message>
        <source>M (male) or F (female)</source>
        <translation>M (nam) hoặc F (nữ)</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <source>citizen ID (CCCD), 12 digits</source>
        <translation>số CCCD (căn cước công dân), 12 chữ số</translation>
    </message>
    <message>
        <source>phone, 10 digits starting with 0</source>
        <translation>số điện thoại, 10 chữ số bắt đầu bằng 0</translation>
    </message>
    <message>
        <source>a youth who is not a Union member (without it: a member)</source>
        <translation>thanh niên, chưa là đoàn viên (không có tùy chọn này: là đoàn viên)</translation>
    </message>
    <message>
        <source>member: date of admission</source>
        <translation>đoàn viên: ngày vào Đoàn</translation>
    </message>
    <message>
        <source>a member of the Communist Party of Vietnam</source>
        <translation>là đảng viên Đảng Cộng sản Việt Nam</translation>
    </message>
    <message>
        <source>the person&apos;s status (default: active)</source>
        <translation>tình trạng của người này (mặc định: active)</translation>
    </message>
    <message>
        <source>the annual assessment of a year, RESULT one of {results} (repeat for each year)</source>
        <translation>kết quả xếp loại của một năm, RESULT là một trong: {results} (lặp lại cho mỗi năm)</translation>
    </message>
    <message>
        <source>add the person even though someone in the roster has the same citizen ID, or the same name and birth date</source>
        <translation>vẫn thêm người này dù trong danh sách đã có người trùng số CCCD, hoặc trùng họ tên và ngày sinh</translation>
    </message>
    <message>
        <source>A youth (--youth) has no admission details: leave this option out, or add the person as a member.</source>
        <translation>Thanh niên (--youth) không có thông tin kết nạp Đoàn: hãy bỏ tùy chọn này, hoặc thêm người này là đoàn viên.</translation>
    </message>
    <message>
        <source>The results are: {results}.</source>
        <translation>Các kết quả xếp loại là: {results}.</translation>
    </message>
    <message>
        <source>Nothing was added; if this is another person, add --allow-duplicate.</source>
        <translation>Chưa thêm gì; nếu đây là một người khác, hãy thêm --allow-duplicate.</translation>
    </message>
    <message>
        <source>Added the member {name} to {chapter} (id {id}).</source>
        <translation>Đã thêm đoàn viên {name} vào {chapter} (mã {id}).</translation>
    </message>
    <message>
        <source>Added the youth {name} to {chapter} (id {id}).</source>
        <translation>Đã thêm thanh niên {name} vào {chapter} (mã {id}).</translation>
    </message>
    <message>
        <source>not a quarter: {text} (write 2026Q4)</source>
        <translation>không phải là quý: {text} (viết dạng 2026Q4)</translation>
    </message>
    <message>
        <source>which chapters are &quot;3 có&quot; in a quarter, and why not</source>
        <translation>những chi đoàn đạt &quot;3 có&quot; trong một quý, và lý do chưa đạt</translation>
    </message>
    <message>
        <source>the quarter: 2026Q4</source>
        <translation>quý: 2026Q4</translation>
    </message>
    <message>
        <source>the year&apos;s briefings and joint meetings, and the next host</source>
        <translation>các buổi giao ban và sinh hoạt liên chi đoàn trong năm, và chi đoàn đăng cai lần tới</translation>
    </message>
    <message>
        <source>the year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>No chapter takes part in &quot;Chi đoàn 3 có&quot; in {period}.</source>
        <translation>Không có chi đoàn nào tham gia mô hình &quot;Chi đoàn 3 có&quot; trong kỳ {period}.</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Sinh hoạt</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Công trình</translation>
    </message>
    <message>
        <source>3 có</source>
        <translation>3 có</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>{n} of {total} chapters &quot;3 có&quot; (* overridden by the office)</source>
        <translation>{n}/{total} chi đoàn đạt &quot;3 có&quot; (* do đơn vị điều chỉnh)</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>chưa tổ chức</translation>
    </message>
    <message>
        <source>Briefings with the chapter secretaries ({n} of 2 held)</source>
        <translation>Giao ban với Bí thư chi đoàn (đã tổ chức {n}/2 lần)</translation>
    </message>
    <message>
        <source>Half {n}</source>
        <translation>Đợt {n}</translation>
    </message>
    <message>
        <source>Half</source>
        <translation>Đợt</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Joint meetings ({n} of 12 months held)</source>
        <translation>Sinh hoạt liên chi đoàn (đã tổ chức {n}/12 tháng)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Đăng cai</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <source>Proposed host for {month}: {chapter}</source>
        <translation>Chi đoàn đề xuất đăng cai tháng {month}: {chapter}</translation>
    </message>
    <message>
        <source>No residential chapter has a secretary in office to host in {month}.</source>
        <translation>Không có chi đoàn địa bàn dân cư nào có Bí thư đương nhiệm để đăng cai tháng {month}.</translation>
    </message>
    <message>
        <source>No active residential chapter to host the joint meeting.</source>
        <translation>Không có chi đoàn địa bàn dân cư nào đang hoạt động để đăng cai sinh hoạt liên chi đoàn.</translation>
    </message>
    <message>
        <source>Not proposed to host (no secretary in office): {chapters}</source>
        <translation>Không đề xuất đăng cai (chưa có Bí thư đương nhiệm): {chapters}</translation>
    </message>
    <message>
        <source>Added chapter {name}.</source>
        <translation>Đã thêm chi đoàn {name}.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>set up this office (unit and superior)</source>
        <translation>thiết lập đơn vị này (đơn vị và cấp trên)</translation>
    </message>
    <message>
        <source>the unit&apos;s name, for example Hòa Phú</source>
        <translation>tên đơn vị, ví dụ Hòa Phú</translation>
    </message>
    <message>
        <source>the unit&apos;s code, as the superior office knows it</source>
        <translation>mã đơn vị, theo mã Đoàn cấp trên sử dụng</translation>
    </message>
    <message>
        <source>xa, phuong or dac-khu for a commune office; tinh or thanh-pho for a superior</source>
        <translation>xa, phuong hoặc dac-khu với Đoàn cấp xã; tinh hoặc thanh-pho với Đoàn cấp trên</translation>
    </message>
    <message>
        <source>the province</source>
        <translation>tỉnh, thành phố</translation>
    </message>
    <message>
        <source>the superior office&apos;s name, for example Tỉnh Đoàn Đắk Lắk</source>
        <translation>tên Đoàn cấp trên, ví dụ Tỉnh Đoàn Đắk Lắk</translation>
    </message>
    <message>
        <source>the superior office&apos;s code</source>
        <translation>mã Đoàn cấp trên</translation>
    </message>
    <message>
        <source>commune: an office that reports; superior: one that receives the reports</source>
        <translation>commune: đơn vị gửi báo cáo; superior: đơn vị nhận báo cáo</translation>
    </message>
    <message>
        <source>also make the signing key, with the passphrase in FILE</source>
        <translation>đồng thời tạo khóa ký, với mật khẩu khóa trong FILE</translation>
    </message>
    <message>
        <source>set up a new office even though this folder had data (its backups and damaged copies are kept)</source>
        <translation>thiết lập đơn vị mới dù thư mục này đã từng có dữ liệu (các bản sao lưu và bản bị hỏng vẫn được giữ)</translation>
    </message>
    <message>
        <source>fill an empty data folder with the sample commune</source>
        <translation>điền dữ liệu xã mẫu vào một thư mục dữ liệu trống</translation>
    </message>
    <message>
        <source>how many people</source>
        <translation>số người</translation>
    </message>
    <message>
        <source>the same S gives the same commune</source>
        <translation>cùng một giá trị S cho ra cùng một xã mẫu</translation>
    </message>
    <message>
        <source>--unit-kind: a {role} office is one of: {kinds}.</source>
        <translation>--unit-kind: đơn vị có vai trò {role} chỉ nhận một trong các giá trị: {kinds}.</translation>
    </message>
    <message>
        <source>This data folder is already set up; change the unit in Settings.</source>
        <translation>Thư mục dữ liệu này đã được thiết lập; hãy đổi đơn vị trong Cài đặt.</translation>
    </message>
    <message>
        <source>Set up {name} in {path}.</source>
        <translation>Đã thiết lập {name} tại {path}.</translation>
    </message>
    <message>
        <source>--people must be at least 1.</source>
        <translation>--people phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>Sample commune written to {path}: {chapters} chapters, {people} people.</source>
        <translation>Đã ghi xã mẫu vào {path}: {chapters} chi đoàn, {people} người.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {detail}</source>
        <translation>Không đọc được tệp mật khẩu khóa {path}: {detail}</translation>
    </message>
    <message>
        <source>Passphrase of the signing key: </source>
        <translation>Mật khẩu khóa ký: </translation>
    </message>
    <message>
        <source>Give the passphrase with --passphrase-file FILE or in {env}.</source>
        <translation>Hãy cung cấp mật khẩu khóa bằng --passphrase-file FILE hoặc trong {env}.</translation>
    </message>
    <message>
        <source>the office&apos;s signing key</source>
        <translation>khóa ký của đơn vị</translation>
    </message>
    <message>
        <source>make the office&apos;s signing key</source>
        <translation>tạo khóa ký của đơn vị</translation>
    </message>
    <message>
        <source>read the passphrase from FILE (else DOAN_KEY_PASSPHRASE, or asked)</source>
        <translation>đọc mật khẩu khóa từ FILE (nếu không có: từ DOAN_KEY_PASSPHRASE, hoặc hỏi khi chạy)</translation>
    </message>
    <message>
        <source>the key id and its fingerprint</source>
        <translation>mã khóa và dấu vân tay khóa</translation>
    </message>
    <message>
        <source>write the key registration file to send to the superior office</source>
        <translation>ghi tệp đăng ký khóa để gửi Đoàn cấp trên</translation>
    </message>
    <message>
        <source>the registration file to write</source>
        <translation>tệp đăng ký khóa sẽ ghi</translation>
    </message>
    <message>
        <source>also write the printable fingerprint sheet</source>
        <translation>đồng thời ghi phiếu dấu vân tay khóa để in</translation>
    </message>
    <message>
        <source>replace the key; the new registration is signed by both keys</source>
        <translation>thay khóa; bản đăng ký mới được ký bằng cả hai khóa</translation>
    </message>
    <message>
        <source>the current key&apos;s passphrase, read from FILE (else DOAN_KEY_PASSPHRASE)</source>
        <translation>mật khẩu của khóa hiện tại, đọc từ FILE (nếu không có: từ DOAN_KEY_PASSPHRASE)</translation>
    </message>
    <message>
        <source>the new key&apos;s passphrase, read from FILE (else DOAN_KEY_NEW_PASSPHRASE)</source>
        <translation>mật khẩu của khóa mới, đọc từ FILE (nếu không có: từ DOAN_KEY_NEW_PASSPHRASE)</translation>
    </message>
    <message>
        <source>the key file is lost: make a new key signed by itself only (the superior office revokes the old key first)</source>
        <translation>tệp khóa đã bị mất: tạo khóa mới chỉ do chính nó ký (Đoàn cấp trên thu hồi khóa cũ trước)</translation>
    </message>
    <message>
        <source>copy the key file (locked with its passphrase) out of the data folder; the database backups do not hold it</source>
        <translation>chép tệp khóa (được bảo vệ bằng mật khẩu khóa) ra ngoài thư mục dữ liệu; các bản sao lưu cơ sở dữ liệu không chứa tệp này</translation>
    </message>
    <message>
        <source>where to write the copy, for example on a USB stick</source>
        <translation>nơi ghi bản sao, ví dụ trên USB</translation>
    </message>
    <message>
        <source>put a copy of a key file back into the data folder</source>
        <translation>chép bản sao tệp khóa trở lại thư mục dữ liệu</translation>
    </message>
    <message>
        <source>the copy made by &apos;keys backup&apos;</source>
        <translation>bản sao đã tạo bằng &apos;keys backup&apos;</translation>
    </message>
    <message>
        <source>replace a different (damaged) key file already there</source>
        <translation>thay tệp khóa khác (bị hỏng) đang có ở đó</translation>
    </message>
    <message>
        <source>Made the signing key {key_id}.</source>
        <translation>Đã tạo khóa ký {key_id}.</translation>
    </message>
    <message>
        <source>Key id: {key_id}</source>
        <translation>Mã khóa: {key_id}</translation>
    </message>
    <message>
        <source>Public key (minisign): {line}</source>
        <translation>Khóa công khai (minisign): {line}</translation>
    </message>
    <message>
        <source>Made: {when}</source>
        <translation>Ngày tạo: {when}</translation>
    </message>
    <message>
        <source>Replaces key: {key_id}</source>
        <translation>Thay cho khóa: {key_id}</translation>
    </message>
    <message>
        <source>Key file: {path}</source>
        <translation>Tệp khóa: {path}</translation>
    </message>
    <message>
        <source>Key file: none yet (kept in the database by an older version; it moves to {path} when the key is next unlocked)</source>
        <translation>Tệp khóa: chưa có (khóa đang được lưu trong cơ sở dữ liệu theo cách của phiên bản cũ; khóa sẽ chuyển sang {path} ở lần mở khóa tới)</translation>
    </message>
    <message>
        <source>The key file {path} is damaged.</source>
        <translation>Tệp khóa {path} bị hỏng.</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>cảnh báo: {problem}</translation>
    </message>
    <message>
        <source>Wrote the key registration to {path}.</source>
        <translation>Đã ghi tệp đăng ký khóa vào {path}.</translation>
    </message>
    <message>
        <source>Wrote the fingerprint sheet to {path}.</source>
        <translation>Đã ghi phiếu dấu vân tay khóa vào {path}.</translation>
    </message>
    <message>
        <source>Passphrase of the new key: </source>
        <translation>Mật khẩu khóa mới: </translation>
    </message>
    <message>
        <source>Made the new key {key_id}; the old key {old} is retired.</source>
        <translation>Đã tạo khóa mới {key_id}; khóa cũ {old} đã ngừng sử dụng.</translation>
    </message>
    <message>
        <source>The new registration is signed by the new key only: ask the superior office to revoke the old key {old}, then send it the registration (&apos;keys export&apos;) and the fingerprint sheet.</source>
        <translation>Bản đăng ký mới chỉ có chữ ký của khóa mới: hãy đề nghị Đoàn cấp trên thu hồi khóa cũ {old}, rồi gửi bản đăng ký (&apos;keys export&apos;) và phiếu dấu vân tay khóa.</translation>
    </message>
    <message>
        <source>Send the new registration (&apos;keys export&apos;) and its fingerprint sheet to the superior office.</source>
        <translation>Hãy gửi bản đăng ký mới (&apos;keys export&apos;) và phiếu dấu vân tay khóa của nó cho Đoàn cấp trên.</translation>
    </message>
    <message>
        <source>Keep a copy of the new key file: &apos;doan-desktop keys backup -o FILE&apos;.</source>
        <translation>Hãy giữ một bản sao tệp khóa mới: &apos;doan-desktop keys backup -o FILE&apos;.</translation>
    </message>
    <message>
        <source>Copied the key file of key {key_id} to {path}.</source>
        <translation>Đã chép tệp khóa của khóa {key_id} vào {path}.</translation>
    </message>
    <message>
        <source>It opens only with the key&apos;s passphrase. Keep it apart from this computer (a USB stick in the office&apos;s safe); on another computer, &apos;doan-desktop keys restore FILE&apos; puts it back.</source>
        <translation>Tệp này chỉ mở được bằng mật khẩu khóa. Hãy cất riêng, không để trên máy tính này (ví dụ một USB trong tủ của văn phòng); trên máy tính khác, lệnh &apos;doan-desktop keys restore FILE&apos; sẽ chép nó trở lại.</translation>
    </message>
    <message>
        <source>Put the key file of key {key_id} in {path}.</source>
        <translation>Đã đặt tệp khóa của khóa {key_id} vào {path}.</translation>
    </message>
    <message>
        <source>the indicator list and the superior&apos;s circulars</source>
        <translation>danh mục chỉ tiêu và công văn của Đoàn cấp trên</translation>
    </message>
    <message>
        <source>import a circular of the superior office: its indicator list and deadlines</source>
        <translation>nhập công văn của Đoàn cấp trên: danh mục chỉ tiêu và hạn nộp báo cáo</translation>
    </message>
    <message>
        <source>the circular files the superior office sent</source>
        <translation>các tệp công văn do cấp trên gửi</translation>
    </message>
    <message>
        <source>the indicators a period&apos;s report uses</source>
        <translation>các chỉ tiêu mà báo cáo của một kỳ sử dụng</translation>
    </message>
    <message>
        <source>{path}: refused ({code}): {reason}</source>
        <translation>{path}: bị từ chối ({code}): {reason}</translation>
    </message>
    <message>
        <source>not a period: {text} (write 2026Q4, 2026S1 or 2026)</source>
        <translation>không phải là kỳ báo cáo: {text} (viết dạng 2026Q4, 2026S1 hoặc 2026)</translation>
    </message>
    <message>
        <source>Indicator list version {version} for {period}.</source>
        <translation>Danh mục chỉ tiêu phiên bản {version} cho kỳ {period}.</translation>
    </message>
    <message>
        <source>the report to the superior office</source>
        <translation>báo cáo gửi Đoàn cấp trên</translation>
    </message>
    <message>
        <source>the period: 2026Q4, 2026S1 or 2026</source>
        <translation>kỳ báo cáo: 2026Q4, 2026S1 hoặc 2026</translation>
    </message>
    <message>
        <source>the indicators of a period and the validation messages</source>
        <translation>các chỉ tiêu của một kỳ và các thông báo kiểm tra</translation>
    </message>
    <message>
        <source>write the printed report as PDF</source>
        <translation>ghi báo cáo bản in ra tệp PDF</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the report as a Word file to edit, the same layout as the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the signed report file for the superior office</source>
        <translation>ghi tệp báo cáo có chữ ký để gửi Đoàn cấp trên</translation>
    </message>
    <message>
        <source>include the roster (names, no citizen IDs or phones)</source>
        <translation>kèm danh sách đoàn viên, thanh niên (họ tên, không có số CCCD hay số điện thoại)</translation>
    </message>
    <message>
        <source>send changed values as a correction of the last report</source>
        <translation>gửi các số liệu đã thay đổi dưới dạng báo cáo điều chỉnh của báo cáo gần nhất</translation>
    </message>
    <message>
        <source>export the report of a period not yet ended (its figures can still change)</source>
        <translation>xuất báo cáo của kỳ chưa kết thúc (số liệu vẫn còn có thể thay đổi)</translation>
    </message>
    <message>
        <source>check a report file against a key registration</source>
        <translation>kiểm tra tệp báo cáo với một tệp đăng ký khóa</translation>
    </message>
    <message>
        <source>trust the superior office&apos;s key (its registration file), which signs the receipts and circulars it sends</source>
        <translation>tin cậy khóa của Đoàn cấp trên (tệp đăng ký khóa), khóa dùng để ký các phiếu phản hồi và công văn gửi xuống</translation>
    </message>
    <message>
        <source>the fingerprint printed on the superior office&apos;s paper sheet (spaces, dashes and case do not count); nothing is trusted unless it matches</source>
        <translation>dấu vân tay khóa in trên phiếu giấy của Đoàn cấp trên (không phân biệt dấu cách, gạch nối, chữ hoa hay chữ thường); chỉ tin cậy khi khớp</translation>
    </message>
    <message>
        <source>import a receipt from the superior office: whether the reports arrived</source>
        <translation>nhập phiếu phản hồi của Đoàn cấp trên: báo cáo đã đến nơi hay chưa</translation>
    </message>
    <message>
        <source>per period: sent or not, and what the superior office&apos;s receipts say; the deadlines</source>
        <translation>theo từng kỳ: đã gửi hay chưa, phiếu phản hồi của Đoàn cấp trên nói gì; các hạn nộp</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>* typed or corrected by the office, with a note</source>
        <translation>* do đơn vị nhập hoặc điều chỉnh, có ghi chú</translation>
    </message>
    <message>
        <source>Wrote the report to {path}.</source>
        <translation>Đã ghi báo cáo vào {path}.</translation>
    </message>
    <message>
        <source>{period} has not ended (it ends on {end}): its figures can still change. To export its report now anyway, add --before-period-end.</source>
        <translation>Kỳ {period} chưa kết thúc (kết thúc ngày {end}): số liệu vẫn còn có thể thay đổi. Nếu vẫn muốn xuất báo cáo ngay, hãy thêm --before-period-end.</translation>
    </message>
    <message>
        <source>Report no. {n} for {period} was already made; written again unchanged. To send changed values, use --correction.</source>
        <translation>Báo cáo số {n} kỳ {period} đã được lập; đã ghi lại, không thay đổi. Để gửi số liệu đã thay đổi, hãy dùng --correction.</translation>
    </message>
    <message>
        <source>Wrote report no. {n} for {period} to {path} (SHA-256 {sha}), verified.</source>
        <translation>Đã ghi báo cáo số {n} kỳ {period} vào {path} (SHA-256 {sha}), đã kiểm tra.</translation>
    </message>
    <message>
        <source>It replaces report {id}.</source>
        <translation>Báo cáo này thay cho báo cáo {id}.</translation>
    </message>
    <message>
        <source>{path} is not a valid key registration: {detail}</source>
        <translation>{path} không phải là tệp đăng ký khóa hợp lệ: {detail}</translation>
    </message>
    <message>
        <source>{path}: rejected ({code}): {reason}</source>
        <translation>{path}: bị từ chối ({code}): {reason}</translation>
    </message>
    <message>
        <source>{path}: valid. {unit} ({code}), period {period}, report no. {n}, signed by key {key_id}, {count} values.</source>
        <translation>{path}: hợp lệ. {unit} ({code}), kỳ {period}, báo cáo số {n}, ký bằng khóa {key_id}, {count} giá trị.</translation>
    </message>
    <message>
        <source>Give the fingerprint printed on the superior office&apos;s paper sheet: --fingerprint &apos;XXXX XXXX …&apos; (or --no-fingerprint-check to trust without the sheet).</source>
        <translation>Hãy nhập dấu vân tay khóa in trên phiếu giấy của Đoàn cấp trên: --fingerprint &apos;XXXX XXXX …&apos; (hoặc --no-fingerprint-check để tin cậy khi không có phiếu).</translation>
    </message>
    <message>
        <source>Trusted the key of {name} ({code}).</source>
        <translation>Đã tin cậy khóa của {name} ({code}).</translation>
    </message>
    <message>
        <source>Trusted the new key of {name} ({code}); key {old} is replaced (what it signed before still counts).</source>
        <translation>Đã tin cậy khóa mới của {name} ({code}); khóa {old} đã được thay thế (những gì khóa này ký trước đó vẫn được tính).</translation>
    </message>
    <message>
        <source>Trusted the new key of {name} ({code}); key {old} is retired (what it signed before today still counts).</source>
        <translation>Đã tin cậy khóa mới của {name} ({code}); khóa {old} đã ngừng sử dụng (những gì khóa này ký trước hôm nay vẫn được tính).</translation>
    </message>
    <message>
        <source>Warning: trusted without comparing the paper sheet. Compare this fingerprint with the superior office&apos;s sheet as soon as you have it.</source>
        <translation>Cảnh báo: đã tin cậy mà chưa đối chiếu phiếu giấy. Hãy so dấu vân tay khóa này với phiếu của Đoàn cấp trên ngay khi nhận được.</translation>
    </message>
    <message>
        <source>No report was made yet, and no deadline was received.</source>
        <translation>Chưa lập báo cáo nào và chưa nhận hạn nộp nào.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <source>trainings and their participants</source>
        <translation>các lớp tập huấn và người tham gia</translation>
    </message>
    <message>
        <source>list trainings, most recent first</source>
        <translation>liệt kê các lớp tập huấn, gần nhất trước</translation>
    </message>
    <message>
        <source>started in Y</source>
        <translation>bắt đầu trong năm Y</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên lớp</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp tổ chức</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>youth works and tasks</source>
        <translation>công trình, phần việc thanh niên</translation>
    </message>
    <message>
        <source>list youth works and tasks, the latest started first</source>
        <translation>liệt kê công trình, phần việc thanh niên, bắt đầu gần nhất trước</translation>
    </message>
    <message>
        <source>works under way in this year</source>
        <translation>các công trình đang thực hiện trong năm này</translation>
    </message>
    <message>
        <source>works of this chapter</source>
        <translation>các công trình của chi đoàn này</translation>
    </message>
    <message>
        <source>volunteer drives</source>
        <translation>hoạt động tình nguyện</translation>
    </message>
    <message>
        <source>list volunteer drives, the latest first</source>
        <translation>liệt kê các hoạt động tình nguyện, gần nhất trước</translation>
    </message>
    <message>
        <source>drives held in this year</source>
        <translation>các hoạt động tổ chức trong năm này</translation>
    </message>
    <message>
        <source>records moved to the trash, and restoring them</source>
        <translation>các bản ghi đã chuyển vào thùng rác, và khôi phục chúng</translation>
    </message>
    <message>
        <source>list what is in the trash, the latest trashed first</source>
        <translation>liệt kê những gì trong thùng rác, mục chuyển vào gần nhất trước</translation>
    </message>
    <message>
        <source>only this kind of record</source>
        <translation>chỉ loại bản ghi này</translation>
    </message>
    <message>
        <source>bring one record back from the trash</source>
        <translation>khôi phục một bản ghi từ thùng rác</translation>
    </message>
    <message>
        <source>the kind of record: {kinds}</source>
        <translation>loại bản ghi: {kinds}</translation>
    </message>
    <message>
        <source>the record&apos;s id, as &apos;trash list&apos; shows it</source>
        <translation>mã của bản ghi, như lệnh &apos;trash list&apos; hiển thị</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Thùng rác trống.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>Chuyển vào thùng rác lúc</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Value (đ)</source>
        <translation>Giá trị (đ)</translation>
    </message>
    <message>
        <source>Workdays</source>
        <translation>Ngày công</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <source>Lượt</source>
        <translation>Lượt</translation>
    </message>
    <message>
        <source>People helped</source>
        <translation>Số người được hỗ trợ</translation>
    </message>
    <message>
        <source>no such section: {name} (write one of {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the written report of a period: its sections, number and recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sections (situation, results, strengths, limitations, tasks, proposals), the number and the recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write one section (or the number, or the recipients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situation, results, strengths, limitations, tasks or proposals; number (the report&apos;s number this year, e.g. 12) or recipients (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text from a file (UTF-8, UTF-16 or Windows-1258), a paragraph a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text itself; an empty text clears the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the sentences the program suggests from the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--file: {path} is not a text file. Save the text as plain text (.txt) and give that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(written in by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the usual recipients: none were given for this period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report for {period} is numbered {number}-BC/ĐTN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report for {period} has no number: it is written in by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {n} recipients for {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the section {section} of {period}: {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of {period} give nothing to say.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadreForm</name>
    <message>
        <source>Edit cadre plan</source>
        <translation>Sửa quy hoạch cán bộ</translation>
    </message>
    <message>
        <source>New cadre plan</source>
        <translation>Thêm quy hoạch cán bộ</translation>
    </message>
    <message>
        <source>for example Phó Bí thư Đoàn xã</source>
        <translation>ví dụ: Phó Bí thư Đoàn xã</translation>
    </message>
    <message>
        <source>for example 2027–2032</source>
        <translation>ví dụ: 2027–2032</translation>
    </message>
    <message>
        <source>Person *</source>
        <translation>Người được quy hoạch *</translation>
    </message>
    <message>
        <source>Planned office *</source>
        <translation>Chức danh quy hoạch *</translation>
    </message>
    <message>
        <source>Term *</source>
        <translation>Nhiệm kỳ *</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>Cadres</name>
    <message>
        <source>Type the term, for example 2027–2032.</source>
        <translation>Hãy nhập nhiệm kỳ, ví dụ 2027–2032.</translation>
    </message>
    <message>
        <source>Type the term as two years, for example 2027–2032.</source>
        <translation>Hãy nhập nhiệm kỳ gồm hai năm, ví dụ 2027–2032.</translation>
    </message>
    <message>
        <source>The term must end after it begins.</source>
        <translation>Năm kết thúc nhiệm kỳ phải sau năm bắt đầu.</translation>
    </message>
    <message>
        <source>A term runs a few years, for example 2027–2032.</source>
        <translation>Một nhiệm kỳ kéo dài vài năm, ví dụ 2027–2032.</translation>
    </message>
    <message>
        <source>Choose the person planned.</source>
        <translation>Hãy chọn người được quy hoạch.</translation>
    </message>
    <message>
        <source>Choose a person from the roster.</source>
        <translation>Hãy chọn một người trong danh sách.</translation>
    </message>
    <message>
        <source>Type the office planned.</source>
        <translation>Hãy nhập chức danh quy hoạch.</translation>
    </message>
    <message>
        <source>This person is already planned for this office and term.</source>
        <translation>Người này đã được quy hoạch vào chức danh và nhiệm kỳ này.</translation>
    </message>
    <message>
        <source>This plan is in the trash.</source>
        <translation>Quy hoạch này đang ở trong thùng rác.</translation>
    </message>
    <message>
        <source>There is no cadre plan with the id {id}.</source>
        <translation>Không có quy hoạch cán bộ nào có mã {id}.</translation>
    </message>
</context>
<context>
    <name>ChapterDialog</name>
    <message>
        <source>Edit chapter</source>
        <translation>Sửa chi đoàn</translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation>Thêm chi đoàn</translation>
    </message>
    <message>
        <source>for example Thôn 3, Buôn Kram, Trường THPT Hòa Phú</source>
        <translation>ví dụ: Thôn 3, Buôn Kram, Trường THPT Hòa Phú</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Tên *</translation>
    </message>
    <message>
        <source>Kind *</source>
        <translation>Loại *</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The chapter was not saved: {reason}</source>
        <translation>Chưa lưu được chi đoàn: {reason}</translation>
    </message>
</context>
<context>
    <name>ChapterRowEditor</name>
    <message>
        <source>Chapter name, for example Thôn 1</source>
        <translation>Tên chi đoàn, ví dụ Thôn 1</translation>
    </message>
    <message>
        <source>Chapter name</source>
        <translation>Tên chi đoàn</translation>
    </message>
    <message>
        <source>Kind of chapter</source>
        <translation>Loại chi đoàn</translation>
    </message>
    <message>
        <source>Remove this chapter from the list</source>
        <translation>Bỏ chi đoàn này khỏi danh sách</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
</context>
<context>
    <name>Chapters</name>
    <message>
        <source>There is no chapter named &quot;{name}&quot;.</source>
        <translation>Không có chi đoàn nào tên &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>This chapter still has {n} people. Move them to another chapter, or deactivate the chapter instead.</source>
        <translation>Chi đoàn này vẫn còn {n} người. Hãy chuyển họ sang chi đoàn khác, hoặc cho chi đoàn ngừng hoạt động.</translation>
    </message>
</context>
<context>
    <name>ChaptersModel</name>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Thanh niên</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No (deactivated)</source>
        <translation>Không (đã ngừng hoạt động)</translation>
    </message>
</context>
<context>
    <name>ChaptersPage</name>
    <message>
        <source>The chapters (chi đoàn) of the unit. Double-click a chapter, or press Enter, to edit it.</source>
        <translation>Các chi đoàn của đơn vị. Nhấp đúp vào một chi đoàn, hoặc nhấn Enter, để sửa.</translation>
    </message>
    <message>
        <source>Search by chapter, kind or secretary</source>
        <translation>Tìm theo chi đoàn, loại hoặc Bí thư</translation>
    </message>
    <message>
        <source>Show deactivated chapters</source>
        <translation>Hiện cả chi đoàn đã ngừng hoạt động</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Add a chapter (Ctrl+N)</source>
        <translation>Thêm chi đoàn (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Move the chapter to the trash (Delete)</source>
        <translation>Chuyển chi đoàn vào thùng rác (Delete)</translation>
    </message>
    <message>
        <source>No chapters yet. Press Add to create the first one.</source>
        <translation>Chưa có chi đoàn nào. Nhấn Thêm để tạo chi đoàn đầu tiên.</translation>
    </message>
    <message>
        <source>{n} chapters: {members} members and {youth} youth.</source>
        <translation>{n} chi đoàn: {members} đoàn viên và {youth} thanh niên.</translation>
    </message>
    <message>
        <source>{shown} of {n} chapters shown: {members} members and {youth} youth.</source>
        <translation>Đang hiện {shown}/{n} chi đoàn: {members} đoàn viên và {youth} thanh niên.</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Hoạt động lại</translation>
    </message>
    <message>
        <source>Make the chapter active again</source>
        <translation>Cho chi đoàn hoạt động trở lại</translation>
    </message>
    <message>
        <source>Keep the chapter and its records, but hide it from everyday lists</source>
        <translation>Giữ chi đoàn và hồ sơ của chi đoàn, nhưng ẩn khỏi các danh sách thường dùng</translation>
    </message>
    <message>
        <source>Deactivate chapter</source>
        <translation>Ngừng hoạt động chi đoàn</translation>
    </message>
    <message>
        <source>Deactivate {name}? Its records are kept and it can be activated again; it is hidden from everyday lists.</source>
        <translation>Cho Chi đoàn {name} ngừng hoạt động? Hồ sơ của chi đoàn vẫn được giữ và có thể cho hoạt động lại; chi đoàn sẽ bị ẩn khỏi các danh sách thường dùng.</translation>
    </message>
    <message>
        <source>{name} was deactivated. Tick “Show deactivated chapters” to see it.</source>
        <translation>Chi đoàn {name} đã ngừng hoạt động. Đánh dấu “Hiện cả chi đoàn đã ngừng hoạt động” để xem.</translation>
    </message>
    <message>
        <source>Move {name} to the trash? You can restore it from the Trash page.</source>
        <translation>Chuyển Chi đoàn {name} vào thùng rác? Bạn có thể khôi phục từ trang Thùng rác.</translation>
    </message>
    <message>
        <source>Cannot move to trash</source>
        <translation>Không chuyển được vào thùng rác</translation>
    </message>
</context>
<context>
    <name>ChaptersSetupPage</name>
    <message>
        <source>Chapters</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>The chapters (chi đoàn) under your unit. You may add them now, or later on the Chapters page.</source>
        <translation>Các chi đoàn trực thuộc đơn vị của bạn. Bạn có thể thêm ngay bây giờ, hoặc thêm sau ở trang Chi đoàn.</translation>
    </message>
    <message>
        <source>No chapters yet. That is fine: you can add them later on the Chapters page.</source>
        <translation>Chưa có chi đoàn nào. Không sao: bạn có thể thêm sau ở trang Chi đoàn.</translation>
    </message>
    <message>
        <source>Add a chapter</source>
        <translation>Thêm chi đoàn</translation>
    </message>
    <message>
        <source>Every chapter needs a name. Remove the rows you do not need.</source>
        <translation>Mỗi chi đoàn cần có tên. Hãy bỏ các dòng không cần đến.</translation>
    </message>
</context>
<context>
    <name>CircularDialog</name>
    <message>
        <source>A new indicator list</source>
        <translation>Danh mục chỉ tiêu mới</translation>
    </message>
    <message>
        <source>Indicator list (*.json);;All files (*)</source>
        <translation>Danh mục chỉ tiêu (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Save the circular</source>
        <translation>Lưu công văn</translation>
    </message>
    <message>
        <source>Circular (*.zip)</source>
        <translation>Công văn (*.zip)</translation>
    </message>
    <message>
        <source>Publish a circular</source>
        <translation>Phát hành công văn</translation>
    </message>
    <message>
        <source>A circular tells every commune the indicators to report and when each period&apos;s report is due. The communes import it; a report already sent keeps the list it was sent with.</source>
        <translation>Công văn báo cho mọi xã các chỉ tiêu cần báo cáo và hạn nộp báo cáo của từng kỳ. Các xã nhập công văn; báo cáo đã gửi vẫn giữ danh mục đã dùng khi gửi.</translation>
    </message>
    <message>
        <source>Keep the indicator list in force (version {n})</source>
        <translation>Giữ danh mục chỉ tiêu đang áp dụng (phiên bản {n})</translation>
    </message>
    <message>
        <source>A new version of the list, from a file:</source>
        <translation>Phiên bản mới của danh mục, lấy từ tệp:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>First period</source>
        <translation>Kỳ đầu tiên</translation>
    </message>
    <message>
        <source>Applies from the report of</source>
        <translation>Áp dụng từ báo cáo kỳ</translation>
    </message>
    <message>
        <source>e.g. Công văn số 12/CV-TĐ</source>
        <translation>ví dụ: Công văn số 12/CV-TĐ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Deadlines (period, due date dd/mm/yyyy):</source>
        <translation>Hạn nộp (kỳ, ngày hết hạn dd/mm/yyyy):</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>Thêm hạn nộp</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Phát hành…</translation>
    </message>
    <message>
        <source>Version {n}, {count} indicators.</source>
        <translation>Phiên bản {n}, {count} chỉ tiêu.</translation>
    </message>
    <message>
        <source>New: {codes}.</source>
        <translation>Mới: {codes}.</translation>
    </message>
    <message>
        <source>No longer asked: {codes}.</source>
        <translation>Không còn yêu cầu: {codes}.</translation>
    </message>
    <message>
        <source>Row {n}: &apos;{text}&apos; is not a period (2026Q4, 2026S2 or 2026).</source>
        <translation>Dòng {n}: &apos;{text}&apos; không phải là kỳ (2026Q4, 2026S2 hoặc 2026).</translation>
    </message>
    <message>
        <source>Row {n}: type the due date as dd/mm/yyyy, for example 20/01/2027.</source>
        <translation>Dòng {n}: hãy nhập ngày hết hạn theo dạng dd/mm/yyyy, ví dụ 20/01/2027.</translation>
    </message>
    <message>
        <source>Choose the file of the new indicator list.</source>
        <translation>Hãy chọn tệp danh mục chỉ tiêu mới.</translation>
    </message>
    <message>
        <source>Type a period: 2026Q4, 2026S2 or 2026.</source>
        <translation>Hãy nhập một kỳ: 2026Q4, 2026S2 hoặc 2026.</translation>
    </message>
    <message>
        <source>Type the passphrase of the office&apos;s key to sign the circular.</source>
        <translation>Hãy nhập mật khẩu khóa của đơn vị để ký công văn.</translation>
    </message>
    <message>
        <source>The circular was not published: {reason}</source>
        <translation>Công văn chưa được phát hành: {reason}</translation>
    </message>
    <message>
        <source>Circular No. {n} is written to {path}. Send it to every commune; each imports it on its Report page (Receive replies…).</source>
        <translation>Công văn số {n} đã được ghi vào {path}. Hãy gửi cho mọi xã; mỗi xã nhập công văn trên trang Báo cáo (Nhận phản hồi…).</translation>
    </message>
</context>
<context>
    <name>Circulars</name>
    <message>
        <source>The indicator list is not valid: {problem}</source>
        <translation>Danh mục chỉ tiêu không hợp lệ: {problem}</translation>
    </message>
    <message>
        <source>the code &apos;{code}&apos; is not made of capitals, digits and _.</source>
        <translation>mã &apos;{code}&apos; không chỉ gồm chữ in hoa, chữ số và dấu _.</translation>
    </message>
    <message>
        <source>{code} needs a Vietnamese and an English label.</source>
        <translation>{code} cần có tên tiếng Việt và tên tiếng Anh.</translation>
    </message>
    <message>
        <source>{code} has a breakdown this program does not read.</source>
        <translation>{code} có cách phân tổ mà chương trình này không đọc được.</translation>
    </message>
    <message>
        <source>{code} is marked as counted from the records, but this program cannot count it: mark it &apos;manual&apos; (typed by the commune), or use a newer program.</source>
        <translation>{code} được đánh dấu là đếm từ hồ sơ, nhưng chương trình này không đếm được chỉ tiêu đó: hãy đánh dấu &apos;manual&apos; (do xã nhập), hoặc dùng phiên bản chương trình mới hơn.</translation>
    </message>
    <message>
        <source>{code} is marked as computed from other indicators, which this program cannot do for it: mark it &apos;manual&apos;, or use a newer program.</source>
        <translation>{code} được đánh dấu là tính từ các chỉ tiêu khác, điều mà chương trình này không làm được với chỉ tiêu đó: hãy đánh dấu &apos;manual&apos;, hoặc dùng phiên bản chương trình mới hơn.</translation>
    </message>
    <message>
        <source>{code} is computed from {parts}, which the list must hold too.</source>
        <translation>{code} được tính từ {parts}, nên danh mục cũng phải có các chỉ tiêu đó.</translation>
    </message>
    <message>
        <source>it holds no indicator.</source>
        <translation>danh mục không có chỉ tiêu nào.</translation>
    </message>
    <message>
        <source>{path} is too large for an indicator list.</source>
        <translation>{path} quá lớn so với một danh mục chỉ tiêu.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}</source>
        <translation>Không đọc được {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} không phải là văn bản UTF-8.</translation>
    </message>
    <message>
        <source>{path} is not an indicator list in the format of indicators.json ({detail}).</source>
        <translation>{path} không phải là danh mục chỉ tiêu theo định dạng của indicators.json ({detail}).</translation>
    </message>
    <message>
        <source>The indicator list has version {version}, but the list in force has version {latest}: give a changed list a higher version ({next} or more), or send the list in force unchanged.</source>
        <translation>Danh mục chỉ tiêu có phiên bản {version}, nhưng danh mục đang áp dụng có phiên bản {latest}: hãy đánh số phiên bản cao hơn cho danh mục đã thay đổi ({next} trở lên), hoặc gửi nguyên danh mục đang áp dụng.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not PERIOD=YYYY-MM-DD (for example 2026Q4=2027-01-20).</source>
        <translation>&apos;{text}&apos; không theo dạng KỲ=YYYY-MM-DD (ví dụ 2026Q4=2027-01-20).</translation>
    </message>
    <message>
        <source>Cannot write {path}: choose a file in an existing folder.</source>
        <translation>Không ghi được {path}: hãy chọn một tệp trong thư mục đã có.</translation>
    </message>
    <message>
        <source>The title is longer than {n} characters.</source>
        <translation>Tiêu đề dài quá {n} ký tự.</translation>
    </message>
    <message>
        <source>The deadline of {period} is named twice or falls before the period ends.</source>
        <translation>Hạn nộp của kỳ {period} bị ghi hai lần hoặc rơi vào trước khi kỳ kết thúc.</translation>
    </message>
    <message>
        <source>Circulars are published by a superior office for its communes; this data folder is a commune office&apos;s.</source>
        <translation>Công văn do Đoàn cấp trên phát hành cho các xã; thư mục dữ liệu này là của Đoàn xã.</translation>
    </message>
    <message>
        <source>Nothing to send: the list is the one in force and no deadline is given.</source>
        <translation>Không có gì để gửi: danh mục vẫn là danh mục đang áp dụng và không có hạn nộp nào.</translation>
    </message>
    <message>
        <source>{problem} The circular was not published.</source>
        <translation>{problem} Công văn chưa được phát hành.</translation>
    </message>
    <message>
        <source>This circular (No. {sequence}) is older than circular No. {newer}, already imported: the newer one is in force.</source>
        <translation>Công văn này (số {sequence}) cũ hơn công văn số {newer} đã nhập: công văn mới hơn đang có hiệu lực.</translation>
    </message>
    <message>
        <source>Another circular No. {sequence} was already imported from the superior office, with other content.</source>
        <translation>Đã nhập một công văn số {sequence} khác của Đoàn cấp trên, có nội dung khác.</translation>
    </message>
    <message>
        <source>The circular carries indicator list version {version}, older than version {latest} in force, or the same version with other indicators.</source>
        <translation>Công văn mang danh mục chỉ tiêu phiên bản {version}, cũ hơn phiên bản {latest} đang áp dụng, hoặc cùng phiên bản nhưng khác chỉ tiêu.</translation>
    </message>
    <message>
        <source>This program cannot use the circular&apos;s indicator list: {problem}</source>
        <translation>Chương trình này không dùng được danh mục chỉ tiêu của công văn: {problem}</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Không cần làm gì.</translation>
    </message>
    <message>
        <source>Ask the superior office which circular is genuine (its data may have been restored from a backup).</source>
        <translation>Hãy hỏi Đoàn cấp trên công văn nào là bản thật (dữ liệu của cấp trên có thể đã được khôi phục từ bản sao lưu).</translation>
    </message>
    <message>
        <source>Ask the superior office for its latest circular.</source>
        <translation>Hãy đề nghị Đoàn cấp trên gửi công văn mới nhất.</translation>
    </message>
    <message>
        <source>Ask the superior office which version of the program the circular needs, and install it.</source>
        <translation>Hãy hỏi Đoàn cấp trên công văn cần phiên bản chương trình nào, rồi cài đặt phiên bản đó.</translation>
    </message>
    <message>
        <source>Circular No. {n} was already imported: nothing new.</source>
        <translation>Công văn số {n} đã được nhập trước đây: không có gì mới.</translation>
    </message>
    <message>
        <source>Imported circular No. {n} of {issuer}: indicator list version {version}, for the reports of {period} on.</source>
        <translation>Đã nhập công văn số {n} của {issuer}: danh mục chỉ tiêu phiên bản {version}, áp dụng cho báo cáo từ kỳ {period}.</translation>
    </message>
    <message>
        <source>New indicators: {codes}.</source>
        <translation>Chỉ tiêu mới: {codes}.</translation>
    </message>
    <message>
        <source>No longer asked: {codes}.</source>
        <translation>Không còn yêu cầu: {codes}.</translation>
    </message>
    <message>
        <source>The report for {period} is due on {date}.</source>
        <translation>Báo cáo kỳ {period} phải nộp chậm nhất ngày {date}.</translation>
    </message>
</context>
<context>
    <name>Club</name>
    <message>
        <source>Type the date as dd/mm/yyyy, for example 05/02/2026.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy, ví dụ 05/02/2026.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Ngày không thể ở tương lai.</translation>
    </message>
    <message>
        <source>Choose someone from the roster.</source>
        <translation>Hãy chọn một người trong danh sách.</translation>
    </message>
    <message>
        <source>{name} is already a member of the club.</source>
        <translation>{name} đã là thành viên CLB.</translation>
    </message>
    <message>
        <source>There is no such club membership.</source>
        <translation>Không có thông tin thành viên CLB này.</translation>
    </message>
    <message>
        <source>This membership has already ended.</source>
        <translation>Tư cách thành viên này đã kết thúc.</translation>
    </message>
    <message>
        <source>The membership cannot end before it began ({since}).</source>
        <translation>Ngày kết thúc không thể trước ngày bắt đầu tham gia CLB ({since}).</translation>
    </message>
</context>
<context>
    <name>ClubMembersModel</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Tham gia từ</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Buổi sinh hoạt</translation>
    </message>
</context>
<context>
    <name>CommendationForm</name>
    <message>
        <source>Edit commendation</source>
        <translation>Sửa khen thưởng</translation>
    </message>
    <message>
        <source>New commendation</source>
        <translation>Thêm khen thưởng</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>A chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Choose a chapter</source>
        <translation>Chọn chi đoàn</translation>
    </message>
    <message>
        <source>for example Giấy khen, Bằng khen</source>
        <translation>ví dụ: Giấy khen, Bằng khen</translation>
    </message>
    <message>
        <source>for example 12-QĐ/ĐTN</source>
        <translation>ví dụ: 12-QĐ/ĐTN</translation>
    </message>
    <message>
        <source>Commended *</source>
        <translation>Đối tượng khen thưởng *</translation>
    </message>
    <message>
        <source>Person *</source>
        <translation>Người được khen thưởng *</translation>
    </message>
    <message>
        <source>Chapter *</source>
        <translation>Chi đoàn *</translation>
    </message>
    <message>
        <source>Level *</source>
        <translation>Cấp khen thưởng *</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Hình thức khen thưởng *</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decision date *</source>
        <translation>Ngày quyết định *</translation>
    </message>
</context>
<context>
    <name>Commendations</name>
    <message>
        <source>Commune</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>Union Central Committee</source>
        <translation>Trung ương Đoàn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Nhà nước</translation>
    </message>
    <message>
        <source>Choose the person commended.</source>
        <translation>Hãy chọn người được khen thưởng.</translation>
    </message>
    <message>
        <source>Choose a person from the roster.</source>
        <translation>Hãy chọn một người trong danh sách.</translation>
    </message>
    <message>
        <source>Choose the chapter commended.</source>
        <translation>Hãy chọn chi đoàn được khen thưởng.</translation>
    </message>
    <message>
        <source>Choose a chapter from the list.</source>
        <translation>Hãy chọn một chi đoàn trong danh sách.</translation>
    </message>
    <message>
        <source>Say whether a person or a chapter is commended.</source>
        <translation>Hãy chọn khen thưởng cá nhân hay chi đoàn.</translation>
    </message>
    <message>
        <source>Choose the level that commended.</source>
        <translation>Hãy chọn cấp khen thưởng.</translation>
    </message>
    <message>
        <source>Type the title, for example Giấy khen or Bằng khen.</source>
        <translation>Hãy nhập hình thức khen thưởng, ví dụ Giấy khen hoặc Bằng khen.</translation>
    </message>
    <message>
        <source>The date of the decision is required.</source>
        <translation>Ngày quyết định là bắt buộc.</translation>
    </message>
    <message>
        <source>The decision date cannot be in the future.</source>
        <translation>Ngày quyết định không thể ở tương lai.</translation>
    </message>
    <message>
        <source>No decision number: add it if the decision has one.</source>
        <translation>Chưa có số quyết định: hãy bổ sung nếu quyết định có số.</translation>
    </message>
    <message>
        <source>This commendation is in the trash.</source>
        <translation>Khen thưởng này đang ở trong thùng rác.</translation>
    </message>
    <message>
        <source>There is no commendation with the id {id}.</source>
        <translation>Không có khen thưởng nào có mã {id}.</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>Counted as meeting the three criteria by the office: {reason}</source>
        <translation>Được đơn vị tính là đạt đủ ba tiêu chí: {reason}</translation>
    </message>
    <message>
        <source>Counted as not meeting the three criteria by the office: {reason}</source>
        <translation>Được đơn vị tính là không đạt đủ ba tiêu chí: {reason}</translation>
    </message>
    <message>
        <source>The three criteria are judged by quarter: type a quarter such as 2026Q3.</source>
        <translation>Ba tiêu chí được đánh giá theo quý: hãy nhập một quý, ví dụ 2026Q3.</translation>
    </message>
    <message>
        <source>Choose monthly or quarterly.</source>
        <translation>Hãy chọn hằng tháng hoặc hằng quý.</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>Ngày là bắt buộc.</translation>
    </message>
    <message>
        <source>Type the date as dd/mm/yyyy, for example 01/01/2026.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy, ví dụ 01/01/2026.</translation>
    </message>
    <message>
        <source>Choose a chapter from the list.</source>
        <translation>Hãy chọn một chi đoàn trong danh sách.</translation>
    </message>
    <message>
        <source>The chapter already takes part at that time. End its participation first.</source>
        <translation>Chi đoàn đã tham gia trong thời gian đó. Hãy kết thúc việc tham gia hiện tại trước.</translation>
    </message>
    <message>
        <source>This participation no longer exists.</source>
        <translation>Việc tham gia này không còn nữa.</translation>
    </message>
    <message>
        <source>The end cannot be before the participation began.</source>
        <translation>Ngày kết thúc không thể trước ngày bắt đầu tham gia.</translation>
    </message>
    <message>
        <source>Say why the office overrides the result.</source>
        <translation>Hãy ghi lý do đơn vị điều chỉnh kết quả.</translation>
    </message>
    <message>
        <source>No secretary or deputy secretary in the quarter</source>
        <translation>Không có Bí thư hoặc Phó Bí thư trong quý</translation>
    </message>
    <message>
        <source>No secretary or deputy secretary before {date}</source>
        <translation>Không có Bí thư hoặc Phó Bí thư trước ngày {date}</translation>
    </message>
    <message>
        <source>No secretary or deputy secretary since {date}</source>
        <translation>Không có Bí thư hoặc Phó Bí thư từ ngày {date}</translation>
    </message>
    <message>
        <source>No meeting in the quarter</source>
        <translation>Không có buổi sinh hoạt nào trong quý</translation>
    </message>
    <message>
        <source>No meeting in month {month}</source>
        <translation>Không có buổi sinh hoạt nào trong tháng {month}</translation>
    </message>
    <message>
        <source>The quarter&apos;s youth works and tasks are only planned</source>
        <translation>Công trình, phần việc thanh niên của quý mới chỉ ở dạng kế hoạch</translation>
    </message>
    <message>
        <source>No youth work or task in the quarter</source>
        <translation>Không có công trình, phần việc thanh niên nào trong quý</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>{name} is {age} and has not aged out of the Union</source>
        <translation>{name} đã {age} tuổi nhưng chưa trưởng thành Đoàn</translation>
    </message>
    <message>
        <source>{chapter} has no secretary</source>
        <translation>Chi đoàn {chapter} chưa có Bí thư</translation>
    </message>
    <message>
        <source>{chapter} held no meeting in {month}</source>
        <translation>Chi đoàn {chapter} không sinh hoạt trong tháng {month}</translation>
    </message>
    <message>
        <source>No briefing with the chapter secretaries yet in the first half</source>
        <translation>Chưa giao ban với Bí thư chi đoàn trong 6 tháng đầu năm</translation>
    </message>
    <message>
        <source>No briefing with the chapter secretaries yet in the second half</source>
        <translation>Chưa giao ban với Bí thư chi đoàn trong 6 tháng cuối năm</translation>
    </message>
    <message>
        <source>No joint meeting recorded for {month} yet</source>
        <translation>Chưa ghi nhận buổi sinh hoạt liên chi đoàn nào trong tháng {month}</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Youth (not members)</source>
        <translation>Thanh niên (chưa là đoàn viên)</translation>
    </message>
    <message>
        <source>Needs the youth population of the quarter, typed in the report</source>
        <translation>Cần số thanh niên trên địa bàn trong quý, nhập ở trang Báo cáo</translation>
    </message>
    <message>
        <source>Youth gathered</source>
        <translation>Tập hợp thanh niên</translation>
    </message>
    <message>
        <source>Chapters &quot;3 có&quot;</source>
        <translation>Chi đoàn &quot;3 có&quot;</translation>
    </message>
    <message>
        <source>of {n} taking part</source>
        <translation>trên {n} chi đoàn tham gia</translation>
    </message>
    <message>
        <source>Chapter meetings held</source>
        <translation>Buổi sinh hoạt chi đoàn đã tổ chức</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>Youth works begun</source>
        <translation>Công trình, phần việc đã triển khai</translation>
    </message>
    <message>
        <source>Value of the works</source>
        <translation>Giá trị công trình, phần việc</translation>
    </message>
    <message>
        <source>Volunteer participation (lượt)</source>
        <translation>Lượt tham gia tình nguyện</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>= same as last quarter</source>
        <translation>= bằng quý trước</translation>
    </message>
    <message>
        <source>▲ {n} on last quarter</source>
        <translation>▲ tăng {n} so với quý trước</translation>
    </message>
    <message>
        <source>▼ {n} on last quarter</source>
        <translation>▼ giảm {n} so với quý trước</translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation>Đang tính số liệu</translation>
    </message>
    <message>
        <source>Computing this quarter&apos;s figures…</source>
        <translation>Đang tính số liệu của quý này…</translation>
    </message>
    <message>
        <source>Members and youth, quarter by quarter</source>
        <translation>Đoàn viên, thanh niên qua từng quý</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the chapter&apos;s evidence</source>
        <translation>Nhấp đúp hoặc nhấn Enter để xem căn cứ đánh giá của chi đoàn</translation>
    </message>
    <message>
        <source>Click, or press Enter, to open the record</source>
        <translation>Nhấp chuột hoặc nhấn Enter để mở mục liên quan</translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation>Đang cập nhật số liệu…</translation>
    </message>
    <message>
        <source>The figures could not be computed ({reason}). Details are in the log file; open the page again to retry.</source>
        <translation>Không tính được số liệu ({reason}). Chi tiết được ghi trong tệp nhật ký; hãy mở lại trang để thử lại.</translation>
    </message>
    <message>
        <source>Quarter {q}/{y} beside quarter {p}/{py}, as of {day}.</source>
        <translation>Quý {q}/{y} so với quý {p}/{py}, tính đến ngày {day}.</translation>
    </message>
    <message>
        <source>Chapters that met, month by month in {year} (of {n})</source>
        <translation>Số chi đoàn có sinh hoạt theo từng tháng năm {year} (trên tổng số {n} chi đoàn)</translation>
    </message>
    <message>
        <source>{month}/{year}: {n} of {total} chapters met</source>
        <translation>Tháng {month}/{year}: {n}/{total} chi đoàn có sinh hoạt</translation>
    </message>
    <message>
        <source>Q{n}/{yy}</source>
        <translation>Q{n}/{yy}</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Thanh niên</translation>
    </message>
    <message>
        <source>&quot;3 có&quot; by chapter in {year}: {n} of {total} this quarter</source>
        <translation>&quot;3 có&quot; theo chi đoàn năm {year}: quý này đạt {n}/{total} chi đoàn</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>Quý {n}</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>✓ has all three</source>
        <translation>✓ đủ 3 có</translation>
    </message>
    <message>
        <source>✗ not yet</source>
        <translation>✗ chưa đạt</translation>
    </message>
    <message>
        <source>Overridden by the office</source>
        <translation>Đơn vị đã điều chỉnh kết quả</translation>
    </message>
    <message>
        <source>Not taking part in the model that quarter</source>
        <translation>Không tham gia mô hình trong quý đó</translation>
    </message>
    <message>
        <source>&quot;3 có&quot;: no chapter takes part in the model yet (see Residential models)</source>
        <translation>&quot;3 có&quot;: chưa có chi đoàn nào tham gia mô hình (xem trang Mô hình địa bàn dân cư)</translation>
    </message>
    <message>
        <source>… and {n} more members past 30 not aged out</source>
        <translation>… và {n} đoàn viên khác đã quá 30 tuổi nhưng chưa trưởng thành Đoàn</translation>
    </message>
    <message>
        <source>Needs attention ({n})</source>
        <translation>Cần lưu ý ({n})</translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation>Không có gì cần lưu ý</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file {path} is not a doan-desktop database.</source>
        <translation>Tệp {path} không phải là cơ sở dữ liệu của doan-desktop.</translation>
    </message>
    <message>
        <source>The file {path} belongs to another program.</source>
        <translation>Tệp {path} thuộc về một chương trình khác.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). Restore a backup.</source>
        <translation>Cơ sở dữ liệu {path} bị hỏng ({detail}). Hãy khôi phục một bản sao lưu.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({detail}). Restore a backup.</source>
        <translation>Không đọc được cơ sở dữ liệu {path} ({detail}). Hãy khôi phục một bản sao lưu.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of doan-desktop. Install that version (or newer) to open it.</source>
        <translation>Cơ sở dữ liệu {path} được ghi bằng phiên bản doan-desktop mới hơn. Hãy cài phiên bản đó (hoặc mới hơn) để mở.</translation>
    </message>
    <message>
        <source>The database was left as it was before the upgrade.</source>
        <translation>Cơ sở dữ liệu được giữ nguyên như trước khi nâng cấp.</translation>
    </message>
    <message>
        <source>No database was made.</source>
        <translation>Chưa có cơ sở dữ liệu nào được tạo.</translation>
    </message>
    <message>
        <source>Upgrading the database failed ({detail}); it was left as it was before.</source>
        <translation>Nâng cấp cơ sở dữ liệu không thành công ({detail}); cơ sở dữ liệu được giữ nguyên như trước.</translation>
    </message>
    <message>
        <source>The database was not upgraded: it is upgraded only after a backup is made.</source>
        <translation>Cơ sở dữ liệu chưa được nâng cấp: chỉ nâng cấp sau khi đã tạo được bản sao lưu.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>tệp không tồn tại</translation>
    </message>
    <message>
        <source>the file cannot be opened ({detail})</source>
        <translation>không mở được tệp ({detail})</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>tệp rỗng (0 byte)</translation>
    </message>
    <message>
        <source>the file is not a database (it is damaged, or another kind of file)</source>
        <translation>tệp không phải là cơ sở dữ liệu (tệp đã bị hỏng, hoặc là một loại tệp khác)</translation>
    </message>
    <message>
        <source>the file is damaged ({detail})</source>
        <translation>tệp bị hỏng ({detail})</translation>
    </message>
    <message>
        <source>the file holds no records (no tables)</source>
        <translation>tệp không chứa hồ sơ nào (không có bảng dữ liệu)</translation>
    </message>
    <message>
        <source>the file was written by a newer version of doan-desktop; install that version (or newer) to use it</source>
        <translation>tệp do một phiên bản doan-desktop mới hơn ghi ra; hãy cài phiên bản đó (hoặc mới hơn) để dùng</translation>
    </message>
    <message>
        <source>the office was never set up in it (it has no unit)</source>
        <translation>đơn vị chưa từng được thiết lập trong tệp này (không có thông tin đơn vị)</translation>
    </message>
    <message>
        <source>the file belongs to another program (it is not doan-desktop data)</source>
        <translation>tệp thuộc về một chương trình khác (không phải dữ liệu của doan-desktop)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy or yyyy</source>
        <translation>dd/mm/yyyy hoặc yyyy</translation>
    </message>
    <message>
        <source>Type the date as dd/mm/yyyy, for example 05/02/2004, or the year alone.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy, ví dụ 05/02/2004, hoặc chỉ nhập năm.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>People are already recorded in this data folder. The sample commune is only written into an empty data folder.</source>
        <translation>Đã có dữ liệu người trong thư mục dữ liệu này. Xã mẫu chỉ được ghi vào thư mục dữ liệu trống.</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End club membership</source>
        <translation>Kết thúc tư cách thành viên CLB</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Member until *</source>
        <translation>Thành viên đến ngày *</translation>
    </message>
    <message>
        <source>End membership</source>
        <translation>Kết thúc tư cách thành viên</translation>
    </message>
    <message>
        <source>{name} leaves the club. The membership stays in the club&apos;s history.</source>
        <translation>{name} rời CLB. Quá trình tham gia vẫn được lưu trong lịch sử của CLB.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>The file comes from {issuer}, which is not this office&apos;s superior office ({superior}).</source>
        <translation>Tệp do {issuer} gửi, không phải Đoàn cấp trên của đơn vị này ({superior}).</translation>
    </message>
    <message>
        <source>This receipt (No. {sequence}) is older than receipt No. {newer} for {period}, already imported: the newer one counts.</source>
        <translation>Phiếu phản hồi này (số {sequence}) cũ hơn phiếu số {newer} của kỳ {period} đã nhập: phiếu mới hơn mới có giá trị.</translation>
    </message>
    <message>
        <source>Another receipt No. {sequence} for {period} was already imported from the superior office, with other content.</source>
        <translation>Đã nhập một phiếu phản hồi số {sequence} khác của kỳ {period} từ Đoàn cấp trên, có nội dung khác.</translation>
    </message>
    <message>
        <source>The receipt is about files this office never sent: {files}.</source>
        <translation>Phiếu phản hồi nói về những tệp mà đơn vị này chưa từng gửi: {files}.</translation>
    </message>
    <message>
        <source>On the Report page choose &apos;Trust the superior&apos;s key…&apos; (or &apos;doan-desktop report trust-superior&apos;), then import the file again.</source>
        <translation>Trên trang Báo cáo, chọn &apos;Tin cậy khóa cấp trên…&apos; (hoặc &apos;doan-desktop report trust-superior&apos;), rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>Ask the superior office to send the file again exactly as its program wrote it.</source>
        <translation>Hãy đề nghị Đoàn cấp trên gửi lại đúng tệp do chương trình của cấp trên tạo ra.</translation>
    </message>
    <message>
        <source>Check that the file can be opened on this computer, or ask for it again.</source>
        <translation>Hãy kiểm tra xem tệp có mở được trên máy tính này không, hoặc đề nghị gửi lại.</translation>
    </message>
    <message>
        <source>Import only what this office&apos;s superior office sends; if the superior office changed, correct it in Settings and trust its key.</source>
        <translation>Chỉ nhập những gì do Đoàn cấp trên của đơn vị gửi; nếu đã đổi Đoàn cấp trên, hãy sửa trong Cài đặt và tin cậy khóa của cấp trên mới.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Không cần làm gì.</translation>
    </message>
    <message>
        <source>Ask the superior office which receipt is genuine (its data may have been restored from a backup).</source>
        <translation>Hãy hỏi Đoàn cấp trên phiếu phản hồi nào là bản thật (dữ liệu của cấp trên có thể đã được khôi phục từ bản sao lưu).</translation>
    </message>
    <message>
        <source>Check that it is this office&apos;s receipt; if this office&apos;s data were restored from a backup, the reports made after it are missing here.</source>
        <translation>Hãy kiểm tra đây có đúng là phiếu phản hồi của đơn vị không; nếu dữ liệu của đơn vị đã được khôi phục từ bản sao lưu, các báo cáo lập sau bản sao lưu đó không còn ở đây.</translation>
    </message>
    <message>
        <source>Ask the superior office for its current key&apos;s registration.</source>
        <translation>Hãy đề nghị Đoàn cấp trên gửi tệp đăng ký của khóa đang dùng.</translation>
    </message>
    <message>
        <source>Ask the superior office to write the file again with its current key, and for that key&apos;s registration if it is not trusted here yet.</source>
        <translation>Hãy đề nghị Đoàn cấp trên ghi lại tệp bằng khóa đang dùng, và gửi tệp đăng ký của khóa đó nếu đơn vị chưa tin cậy.</translation>
    </message>
    <message>
        <source>Import only the receipts written for this office; check this office&apos;s unit code in Settings.</source>
        <translation>Chỉ nhập phiếu phản hồi gửi cho đơn vị này; hãy kiểm tra mã đơn vị trong Cài đặt.</translation>
    </message>
    <message>
        <source>A report file goes to the superior office; here, import what the superior office sends (receipts and circulars).</source>
        <translation>Tệp báo cáo là để gửi lên Đoàn cấp trên; ở đây hãy nhập những gì Đoàn cấp trên gửi xuống (phiếu phản hồi và công văn).</translation>
    </message>
    <message>
        <source>Open the data folder of the commune office the file is for.</source>
        <translation>Hãy mở thư mục dữ liệu của Đoàn xã mà tệp được gửi tới.</translation>
    </message>
    <message>
        <source>Receipt No. {n} for {period} was already imported: nothing new.</source>
        <translation>Phiếu phản hồi số {n} của kỳ {period} đã được nhập trước đây: không có gì mới.</translation>
    </message>
    <message>
        <source>Imported receipt No. {n} of {issuer} for {period}.</source>
        <translation>Đã nhập phiếu phản hồi số {n} của {issuer} cho kỳ {period}.</translation>
    </message>
    <message>
        <source>Report No. {n}: received by the superior office on {date}.</source>
        <translation>Báo cáo số {n}: Đoàn cấp trên đã nhận ngày {date}.</translation>
    </message>
    <message>
        <source>Report No. {n}: returned on {date}: {reason} {step}</source>
        <translation>Báo cáo số {n}: bị trả lại ngày {date}: {reason} {step}</translation>
    </message>
    <message>
        <source>Warning: the superior office accepted a report No. {n} in this office&apos;s name that this office has no record of. If the data were restored from a backup, it was made before; otherwise the signing key may be in other hands: replace it (Settings › Signing key).</source>
        <translation>Cảnh báo: Đoàn cấp trên đã nhận một báo cáo số {n} mang tên đơn vị này mà đơn vị không có hồ sơ. Nếu dữ liệu đã được khôi phục từ bản sao lưu, báo cáo đó được lập trước khi khôi phục; nếu không, khóa ký có thể đã lọt vào tay người khác: hãy thay khóa (Cài đặt › Khóa ký).</translation>
    </message>
    <message>
        <source>Warning: the superior office refused a file named as report No. {n} of this office, which this office never made ({reason}). Someone may be sending files in this office&apos;s name.</source>
        <translation>Cảnh báo: Đoàn cấp trên đã từ chối một tệp mang tên báo cáo số {n} của đơn vị này, báo cáo mà đơn vị chưa từng lập ({reason}). Có thể có người đang gửi tệp dưới tên đơn vị.</translation>
    </message>
    <message>
        <source>No. {n}</source>
        <translation>Số {n}</translation>
    </message>
    <message>
        <source>This data folder has no unit yet.</source>
        <translation>Thư mục dữ liệu này chưa có đơn vị.</translation>
    </message>
    <message>
        <source>This office is a superior office: receipts and circulars are what it sends to its communes, not what it receives.</source>
        <translation>Đơn vị này là Đoàn cấp trên: phiếu phản hồi và công văn là những gì đơn vị gửi xuống các xã, không phải những gì đơn vị nhận.</translation>
    </message>
    <message>
        <source>This is not a valid key registration file, or it was altered ({detail}). Ask the superior office to send its registration file again, as the program saved it.</source>
        <translation>Đây không phải là tệp đăng ký khóa hợp lệ, hoặc tệp đã bị sửa đổi ({detail}). Hãy đề nghị Đoàn cấp trên gửi lại đúng tệp đăng ký khóa do chương trình lưu.</translation>
    </message>
    <message>
        <source>The registration names no unit.</source>
        <translation>Tệp đăng ký không ghi tên đơn vị.</translation>
    </message>
    <message>
        <source>This registration is the key of {name} ({code}), but this office&apos;s superior office is {superior} ({superior_code}). Ask your superior office for its own registration, or correct the superior office in Settings.</source>
        <translation>Tệp đăng ký này là khóa của {name} ({code}), nhưng Đoàn cấp trên của đơn vị này là {superior} ({superior_code}). Hãy đề nghị Đoàn cấp trên gửi tệp đăng ký khóa của chính mình, hoặc sửa Đoàn cấp trên trong Cài đặt.</translation>
    </message>
    <message>
        <source>A different key with the same key id ({key}) is already trusted here. Ask the superior office to make a new key.</source>
        <translation>Ở đây đã tin cậy một khóa khác có cùng mã khóa ({key}). Hãy đề nghị Đoàn cấp trên tạo khóa mới.</translation>
    </message>
    <message>
        <source>This key of the superior office was replaced on {date}; a replaced key is not trusted again. Ask the superior office for the registration of its current key.</source>
        <translation>Khóa này của Đoàn cấp trên đã được thay thế ngày {date}; khóa đã thay thế không được tin cậy lại. Hãy đề nghị Đoàn cấp trên gửi tệp đăng ký của khóa đang dùng.</translation>
    </message>
    <message>
        <source>Type the fingerprint printed on the superior office&apos;s paper sheet; nothing was trusted.</source>
        <translation>Hãy nhập dấu vân tay khóa in trên phiếu giấy của Đoàn cấp trên; chưa tin cậy khóa nào.</translation>
    </message>
    <message>
        <source>The fingerprint typed does not match this registration&apos;s, so nothing was trusted: check what you typed, or ask the superior office to send its key again.</source>
        <translation>Dấu vân tay khóa đã nhập không khớp với tệp đăng ký này nên chưa tin cậy gì: hãy kiểm tra lại chỗ đã gõ, hoặc đề nghị Đoàn cấp trên gửi lại khóa.</translation>
    </message>
    <message>
        <source>This key does not replace the trusted key {old} by a rotation signed with it (the superior office may have lost its key): it is trusted only with the fingerprint on the superior office&apos;s paper sheet compared.</source>
        <translation>Khóa này không thay thế khóa đang tin cậy {old} bằng một lần thay khóa có chữ ký của khóa đó (có thể Đoàn cấp trên đã mất khóa): chỉ tin cậy khi đã đối chiếu dấu vân tay khóa trên phiếu giấy của Đoàn cấp trên.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The disk is full: {path} could not be written. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy: không ghi được {path}. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The folder of {path} is read-only. Choose another folder.</source>
        <translation>Thư mục chứa {path} chỉ cho phép đọc. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>{path} cannot be written: it is open in another program (close it there) or the folder is read-only.</source>
        <translation>Không ghi được {path}: tệp đang mở trong một chương trình khác (hãy đóng tệp ở chương trình đó) hoặc thư mục chỉ cho phép đọc.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist (a USB stick removed?).</source>
        <translation>Thư mục chứa {path} không tồn tại (có thể USB đã bị rút ra?).</translation>
    </message>
    <message>
        <source>The disk failed while writing {path} (a USB stick removed?). Try again.</source>
        <translation>Ổ đĩa gặp lỗi khi ghi {path} (có thể USB đã bị rút ra?). Hãy thử lại.</translation>
    </message>
    <message>
        <source>{path} could not be written: {detail}</source>
        <translation>Không ghi được {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a file. Choose the file itself.</source>
        <translation>{path} không phải là một tệp. Hãy chọn đúng tệp.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Tệp {path} không tồn tại.</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file in it.</source>
        <translation>{path} là một thư mục. Hãy chọn một tệp trong đó.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {detail}</source>
        <translation>Không đọc được tệp {path}: {detail}</translation>
    </message>
    <message>
        <source>The file {path} is larger than {limit}, more than any such file the program writes: check that it is the right file.</source>
        <translation>Tệp {path} lớn hơn {limit}, lớn hơn mọi tệp loại này mà chương trình tạo ra: hãy kiểm tra xem đã chọn đúng tệp chưa.</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Born {birth}, this person is {age} years old today; check the birth date.</source>
        <translation>Sinh {birth}, tính đến hôm nay người này {age} tuổi; hãy kiểm tra lại ngày sinh.</translation>
    </message>
    <message>
        <source>Admitted to the Union at {age} (born {birth}, admitted {since}); members are admitted between {low} and {high}. Check both dates.</source>
        <translation>Vào Đoàn lúc {age} tuổi (sinh {birth}, vào Đoàn {since}); đoàn viên được kết nạp trong độ tuổi từ {low} đến {high}. Hãy kiểm tra lại cả hai ngày.</translation>
    </message>
    <message>
        <source>{reason} The kind is guessed from the name.</source>
        <translation>{reason} Loại chi đoàn được đoán theo tên.</translation>
    </message>
    <message>
        <source>Repeats row {row} of sheet {sheet}.</source>
        <translation>Trùng với dòng {row} của trang tính &quot;{sheet}&quot;.</translation>
    </message>
    <message>
        <source>{reason} The office was not recorded.</source>
        <translation>{reason} Chức vụ không được ghi.</translation>
    </message>
    <message>
        <source>The office of {office} is a chapter&apos;s, but the row names no chapter; it was not recorded.</source>
        <translation>Chức vụ {office} là chức vụ của chi đoàn nhưng dòng này không ghi chi đoàn nào; chức vụ không được ghi.</translation>
    </message>
    <message>
        <source>Nobody in the file or in the roster has this citizen ID, or this name and birth date; the office was not recorded.</source>
        <translation>Trong tệp và trong danh sách không có ai mang số CCCD này, hoặc họ tên và ngày sinh này; chức vụ không được ghi.</translation>
    </message>
    <message>
        <source>The office &quot;{office}&quot; is not a Union office; write Bí thư, Phó Bí thư or Ủy viên BCH.</source>
        <translation>&quot;{office}&quot; không phải là chức vụ của Đoàn; hãy ghi Bí thư, Phó Bí thư hoặc Ủy viên BCH.</translation>
    </message>
    <message>
        <source>The office is a chapter&apos;s: write the chapter&apos;s name.</source>
        <translation>Đây là chức vụ của chi đoàn: hãy ghi tên chi đoàn.</translation>
    </message>
    <message>
        <source>There is no chapter named &quot;{name}&quot;.</source>
        <translation>Không có chi đoàn nào tên &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>{reason} The row is imported without this value.</source>
        <translation>{reason} Dòng này vẫn được nhập nhưng bỏ qua giá trị này.</translation>
    </message>
    <message>
        <source>The office &quot;{office}&quot; is not a Union office; it was not recorded.</source>
        <translation>Chức vụ &quot;{office}&quot; không phải là chức vụ của Đoàn nên không được ghi nhận.</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened: {detail}</source>
        <translation>Không mở được tệp {path}: {detail}</translation>
    </message>
    <message>
        <source>The file {path} is not a spreadsheet (.xlsx or .csv).</source>
        <translation>Tệp {path} không phải là bảng tính (.xlsx hoặc .csv).</translation>
    </message>
    <message>
        <source>The file {path} does not fit in this computer&apos;s memory. Split it into smaller files (for example one per chapter) and import them one after another.</source>
        <translation>Tệp {path} quá lớn so với bộ nhớ của máy tính này. Hãy tách thành các tệp nhỏ hơn (ví dụ mỗi chi đoàn một tệp) rồi nhập lần lượt từng tệp.</translation>
    </message>
    <message>
        <source>no header row found</source>
        <translation>không tìm thấy dòng tiêu đề</translation>
    </message>
    <message>
        <source>No header row was found in {path}: the first {n} rows of each sheet hold no column named like &quot;Họ và tên&quot;.</source>
        <translation>Không tìm thấy dòng tiêu đề trong tệp {path}: trong {n} dòng đầu của mỗi trang tính không có cột nào mang tên kiểu &quot;Họ và tên&quot;.</translation>
    </message>
    <message>
        <source>The file {path} is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it and import it again.</source>
        <translation>Tệp {path} được bảo vệ bằng mật khẩu. Hãy mở tệp bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ Sổ làm việc; bản Excel tiếng Anh: File › Info › Protect Workbook), lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>The file {path} is in the old Excel 97-2003 format. Open it in Excel and save it as &quot;Excel Workbook (.xlsx)&quot;, then import that file.</source>
        <translation>Tệp {path} ở định dạng Excel 97-2003 cũ. Hãy mở tệp bằng Excel, lưu dưới dạng &quot;Sổ làm việc Excel (.xlsx)&quot; (&quot;Excel Workbook&quot;), rồi nhập tệp mới đó.</translation>
    </message>
    <message>
        <source>The file {path} is not a readable Excel workbook ({detail}).</source>
        <translation>Tệp {path} không phải là bảng tính Excel đọc được ({detail}).</translation>
    </message>
    <message>
        <source>The file {path} is damaged ({detail}).</source>
        <translation>Tệp {path} bị hỏng ({detail}).</translation>
    </message>
    <message>
        <source>its merged cells overlap</source>
        <translation>các ô gộp chồng lên nhau</translation>
    </message>
    <message>
        <source>The file {path} is not UTF-16 text. Choose another encoding, or let the program detect it.</source>
        <translation>Tệp {path} không phải văn bản UTF-16. Hãy chọn bảng mã khác, hoặc để chương trình tự nhận biết.</translation>
    </message>
    <message>
        <source>The file {path} is UTF-16 text, not {encoding}. Choose UTF-16, or let the program detect the encoding.</source>
        <translation>Tệp {path} là văn bản UTF-16, không phải {encoding}. Hãy chọn bảng mã UTF-16, hoặc để chương trình tự nhận biết bảng mã.</translation>
    </message>
    <message>
        <source>The file {path} is neither UTF-8 nor Windows-1258 text (line {line}). Save it from Excel as &quot;CSV UTF-8 (Comma delimited)&quot; and import it again.</source>
        <translation>Tệp {path} không phải văn bản UTF-8, cũng không phải Windows-1258 (dòng {line}). Hãy mở tệp bằng Excel, lưu dưới dạng &quot;CSV UTF-8 (Comma delimited)&quot; rồi nhập lại.</translation>
    </message>
    <message>
        <source>The file {path} is not {encoding} text (line {line}). Choose another encoding, or let the program detect it.</source>
        <translation>Tệp {path} không phải văn bản {encoding} (dòng {line}). Hãy chọn bảng mã khác, hoặc để chương trình tự nhận biết.</translation>
    </message>
    <message>
        <source>Line {line} of {path} holds a cell of more than {limit} characters; a cell may hold at most {limit}. Shorten it (a roster cell holds a name, a date or an address) and import the file again.</source>
        <translation>Dòng {line} của tệp {path} có một ô dài hơn {limit} ký tự; mỗi ô chỉ được có tối đa {limit} ký tự. Hãy rút ngắn nội dung ô đó (mỗi ô của danh sách chỉ ghi họ tên, ngày tháng hoặc địa chỉ) rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date: type dd/mm/yyyy or a year.</source>
        <translation>&quot;{value}&quot; không phải là ngày: hãy ghi theo dạng dd/mm/yyyy hoặc chỉ ghi năm.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a sex: write Nam or Nữ.</source>
        <translation>&quot;{value}&quot; không phải là giới tính: hãy ghi Nam hoặc Nữ.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a yes/no mark: write x, or leave it empty.</source>
        <translation>&quot;{value}&quot; không phải là dấu có/không: hãy ghi x, hoặc để trống.</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>Dòng này chưa có họ và tên.</translation>
    </message>
    <message>
        <source>Split it into smaller files (for example one per chapter) and import them one after another.</source>
        <translation>Hãy tách thành các tệp nhỏ hơn (ví dụ mỗi chi đoàn một tệp) rồi nhập lần lượt từng tệp.</translation>
    </message>
    <message>
        <source>The file {path} is {size} MB; the import reads files of at most {limit} MB.</source>
        <translation>Tệp {path} có dung lượng {size} MB; chương trình chỉ nhập tệp có dung lượng tối đa {limit} MB.</translation>
    </message>
    <message>
        <source>The workbook {path} is not a normal Excel file: its part {member} unpacks to {ratio} times its packed size (at most {limit} times is accepted), as files made to exhaust the computer&apos;s memory do. Open it in Excel, copy the list into a new workbook, save that and import it.</source>
        <translation>Tệp {path} không phải là tệp Excel bình thường: phần {member} của tệp khi giải nén lớn gấp {ratio} lần khi nén (chỉ chấp nhận tối đa {limit} lần), giống như các tệp được làm ra để vắt cạn bộ nhớ máy tính. Hãy mở tệp bằng Excel, chép danh sách sang một sổ làm việc mới, lưu lại rồi nhập tệp mới đó.</translation>
    </message>
    <message>
        <source>The workbook {path} unpacks to {size} MB of data; the import reads workbooks of at most {limit} MB unpacked.</source>
        <translation>Tệp {path} khi giải nén có {size} MB dữ liệu; chương trình chỉ nhập tệp Excel có tối đa {limit} MB dữ liệu khi giải nén.</translation>
    </message>
    <message>
        <source>The workbook {path} holds more than {limit} different texts; the import reads at most {limit} per file.</source>
        <translation>Tệp {path} có hơn {limit} nội dung chữ khác nhau; mỗi tệp chỉ được có tối đa {limit} nội dung khác nhau.</translation>
    </message>
    <message>
        <source>The file {path} has more than {limit} rows (counting to the end of sheet {sheet}); the import reads at most {limit} rows per file, title and blank rows included. Delete the empty rows under the list, or split the file into smaller ones (for example one per chapter) and import them one after another.</source>
        <translation>Tệp {path} có hơn {limit} dòng (tính đến hết trang tính &quot;{sheet}&quot;); mỗi tệp chỉ được có tối đa {limit} dòng, kể cả các dòng tiêu đề và dòng trống. Hãy xóa các dòng trống bên dưới danh sách, hoặc tách thành các tệp nhỏ hơn (ví dụ mỗi chi đoàn một tệp) rồi nhập lần lượt từng tệp.</translation>
    </message>
    <message>
        <source>Cell {cell} of sheet {sheet} in {path} holds {count} characters; a cell may hold at most {limit}. Shorten it (a roster cell holds a name, a date or an address) and import the file again.</source>
        <translation>Ô {cell} của trang tính &quot;{sheet}&quot; trong tệp {path} có {count} ký tự; mỗi ô chỉ được có tối đa {limit} ký tự. Hãy rút ngắn nội dung ô đó (mỗi ô của danh sách chỉ ghi họ tên, ngày tháng hoặc địa chỉ) rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>The file {path} holds more than {limit} filled cells; the import reads at most {limit} per file.</source>
        <translation>Tệp {path} có hơn {limit} ô có dữ liệu; mỗi tệp chỉ được có tối đa {limit} ô có dữ liệu.</translation>
    </message>
    <message>
        <source>Sheet {sheet} of {path} is {count} columns wide (to column {letter}); the import reads at most {limit} columns. Delete the unused columns right of the list (formatted empty cells count too) and import the file again.</source>
        <translation>Trang tính &quot;{sheet}&quot; của tệp {path} rộng {count} cột (đến cột {letter}); chương trình chỉ nhập tối đa {limit} cột. Hãy xóa các cột không dùng ở bên phải danh sách (các ô trống đã được định dạng cũng được tính) rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>The roster has this office ended on {end}; the file&apos;s end date is not applied. Change it on the person&apos;s form if the roster is wrong.</source>
        <translation>Danh sách đang ghi chức vụ này đã thôi từ ngày {end}; ngày thôi trong tệp không được áp dụng. Nếu danh sách ghi sai, hãy sửa trong phiếu của người đó.</translation>
    </message>
    <message>
        <source>{name} is the sitting secretary of {chapter}; this office was not recorded. End that term first, or give it an end date.</source>
        <translation>{name} đang là Bí thư của {chapter}; chức vụ này không được ghi. Hãy kết thúc nhiệm kỳ đó trước, hoặc ghi ngày thôi cho chức vụ này.</translation>
    </message>
    <message>
        <source>The office of {role} ends on {end}, before it started; it was not recorded.</source>
        <translation>Chức vụ {role} thôi ngày {end}, trước cả ngày nhận; chức vụ không được ghi.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not the level of an office: write &quot;Chi đoàn&quot; or &quot;Đoàn xã&quot;.</source>
        <translation>&quot;{value}&quot; không phải là cấp của chức vụ: hãy ghi &quot;Chi đoàn&quot; hoặc &quot;Đoàn xã&quot;.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a status: write, for example, &quot;{example}&quot;.</source>
        <translation>&quot;{value}&quot; không phải là tình trạng: hãy ghi, ví dụ, &quot;{example}&quot;.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a classification: write, for example, &quot;{example}&quot; or HTXS, HTT, HT, KHT.</source>
        <translation>&quot;{value}&quot; không phải là mức xếp loại: hãy ghi, ví dụ, &quot;{example}&quot; hoặc HTXS, HTT, HT, KHT.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a kind of chapter: write, for example, Thôn, Buôn or Cơ quan.</source>
        <translation>&quot;{value}&quot; không phải là loại chi đoàn: hãy ghi, ví dụ, Thôn, Buôn hoặc Cơ quan.</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>Row number (ignored)</source>
        <translation>Số thứ tự (bỏ qua)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Family and middle names</source>
        <translation>Họ và tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Tên gọi khác</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <source>Home town</source>
        <translation>Quê quán</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>Nơi ở hiện nay</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <source>General education</source>
        <translation>Trình độ văn hóa</translation>
    </message>
    <message>
        <source>Professional qualification</source>
        <translation>Trình độ chuyên môn</translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Ngày vào Đoàn</translation>
    </message>
    <message>
        <source>Admission place</source>
        <translation>Nơi vào Đoàn</translation>
    </message>
    <message>
        <source>Member card number</source>
        <translation>Số thẻ đoàn viên</translation>
    </message>
    <message>
        <source>Union member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Classification of a year</source>
        <translation>Xếp loại của một năm</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Level of the office</source>
        <translation>Cấp của chức vụ</translation>
    </message>
    <message>
        <source>Office held from</source>
        <translation>Giữ chức vụ từ ngày</translation>
    </message>
    <message>
        <source>Office held until</source>
        <translation>Giữ chức vụ đến ngày</translation>
    </message>
    <message>
        <source>Kind of chapter</source>
        <translation>Loại chi đoàn</translation>
    </message>
    <message>
        <source>Chapter active</source>
        <translation>Chi đoàn đang hoạt động</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import people from Excel</source>
        <translation>Nhập đoàn viên, thanh niên từ Excel</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Tiếp &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose an Excel (.xlsx) or CSV file with one person per row. Title rows, the totals row and the signature block are skipped by themselves. Nothing is written before you have seen the preview.</source>
        <translation>Chọn tệp Excel (.xlsx) hoặc CSV, mỗi dòng là một người. Các dòng tiêu đề, dòng tổng cộng và phần chữ ký được tự động bỏ qua. Chưa có gì được ghi trước khi bạn xem trước kết quả.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Tệp cần nhập</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Chapter:</source>
        <translation>Chi đoàn:</translation>
    </message>
    <message>
        <source>&quot;As the file says&quot;: the chapter column when there is one, otherwise the chapter named like each sheet.</source>
        <translation>&quot;Theo tệp&quot;: lấy theo cột chi đoàn nếu có, nếu không thì lấy chi đoàn trùng tên với từng trang tính.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự nhận biết</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Bảng mã:</translation>
    </message>
    <message>
        <source>For a CSV or text file. Automatic recognises UTF-8, UTF-16 (Excel&apos;s &quot;Unicode Text&quot;) and Windows-1258; choose another when the names in the next step look garbled.</source>
        <translation>Dùng cho tệp CSV hoặc tệp văn bản. Chế độ tự nhận biết đọc được UTF-8, UTF-16 (&quot;Unicode Text&quot; của Excel) và Windows-1258; hãy chọn bảng mã khác nếu họ tên ở bước sau hiển thị sai dấu.</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Theo tệp</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Hiểu là</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Giá trị đầu tiên</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Trùng với</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Save the error workbook…</source>
        <translation>Lưu bảng tính lỗi…</translation>
    </message>
    <message>
        <source>Step 1 of 4: the file</source>
        <translation>Bước 1/4: chọn tệp</translation>
    </message>
    <message>
        <source>Step 2 of 4: the columns</source>
        <translation>Bước 2/4: các cột</translation>
    </message>
    <message>
        <source>Step 3 of 4: what will happen</source>
        <translation>Bước 3/4: kết quả dự kiến</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Step 4 of 4: done</source>
        <translation>Bước 4/4: hoàn tất</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stopping… nothing will be written.</source>
        <translation>Đang dừng… sẽ không ghi gì.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>Đã dừng nhập; chưa ghi gì.</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Hãy chọn một tệp.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Không có tệp {path}.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Đang đọc {name}…</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot;: the header is on row {row}; {count} rows of data.</source>
        <translation>Trang tính &quot;{sheet}&quot;: dòng tiêu đề là dòng {row}; có {count} dòng dữ liệu.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; lists offices with their dates: the header is on row {row}; {count} offices.</source>
        <translation>Trang &quot;{sheet}&quot; liệt kê các chức vụ với ngày nhận, ngày thôi: dòng tiêu đề ở dòng {row}; {count} chức vụ.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; lists chapters with their kinds: the header is on row {row}; {count} chapters.</source>
        <translation>Trang &quot;{sheet}&quot; liệt kê các chi đoàn với loại chi đoàn: dòng tiêu đề ở dòng {row}; {count} chi đoàn.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; is left out: {reason}.</source>
        <translation>Bỏ qua trang tính &quot;{sheet}&quot;: {reason}.</translation>
    </message>
    <message>
        <source>Check how each column is read; change it where it is wrong.</source>
        <translation>Hãy kiểm tra cách hiểu từng cột; sửa lại chỗ chưa đúng.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>dấu phẩy</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>dấu chấm phẩy</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>ký tự tab</translation>
    </message>
    <message>
        <source>Encoding: {encoding} (detected); columns separated by {separator}. If the names look garbled, go back and choose the encoding.</source>
        <translation>Bảng mã: {encoding} (tự nhận biết); các cột ngăn cách bằng {separator}. Nếu họ tên hiển thị sai dấu, hãy quay lại và chọn bảng mã.</translation>
    </message>
    <message>
        <source>Encoding: {encoding} (chosen); columns separated by {separator}. If the names look garbled, go back and choose another encoding.</source>
        <translation>Bảng mã: {encoding} (do bạn chọn); các cột ngăn cách bằng {separator}. Nếu họ tên hiển thị sai dấu, hãy quay lại và chọn bảng mã khác.</translation>
    </message>
    <message>
        <source>{n} cells begin like a formula (=, +, -, @ or a tab), for example sheet {sheet}, row {row}, column {column}: {text}. They are imported as plain text, and every export writes them so that Excel and Calc never run them.</source>
        <translation>{n} ô bắt đầu giống một công thức (=, +, -, @ hoặc dấu tab), ví dụ trang {sheet}, dòng {row}, cột {column}: {text}. Các ô này được nhập đúng như chữ đã ghi, và mọi tệp xuất ra đều ghi chúng sao cho Excel và Calc không bao giờ chạy thành công thức.</translation>
    </message>
    <message>
        <source>Choose the column with the full name on sheet {sheets}.</source>
        <translation>Hãy chọn cột họ và tên ở trang tính {sheets}.</translation>
    </message>
    <message>
        <source>Comparing with the roster…</source>
        <translation>Đang đối chiếu với danh sách…</translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {same} already in the roster unchanged, {errors} rows with errors, {dups} rows repeated in the file.</source>
        <translation>{add} người sẽ thêm mới, {update} người sẽ cập nhật, {same} người đã có trong danh sách và không đổi, {errors} dòng có lỗi, {dups} dòng lặp lại trong tệp.</translation>
    </message>
    <message>
        <source>{n} title, totals or signature rows were skipped.</source>
        <translation>Đã bỏ qua {n} dòng tiêu đề, tổng cộng hoặc chữ ký.</translation>
    </message>
    <message>
        <source>Rows with errors are not imported; you can save them to fix them.</source>
        <translation>Các dòng có lỗi sẽ không được nhập; bạn có thể lưu chúng ra để sửa.</translation>
    </message>
    <message>
        <source>{n} rows have warnings (a value left out, an unlikely age): they are imported; see the Warnings tab.</source>
        <translation>{n} dòng có cảnh báo (bỏ qua một giá trị, tuổi bất thường): các dòng này vẫn được nhập; xem thẻ Cảnh báo.</translation>
    </message>
    <message>
        <source>Offices: {added} to record, {ended} terms to end.</source>
        <translation>Chức vụ: {added} sẽ được ghi, {ended} nhiệm kỳ sẽ được kết thúc.</translation>
    </message>
    <message>
        <source>Create the chapters that do not exist yet: {names}</source>
        <translation>Tạo các chi đoàn chưa có: {names}</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>row {row} of {sheet}</source>
        <translation>dòng {row} của trang tính {sheet}</translation>
    </message>
    <message>
        <source>To add ({n})</source>
        <translation>Thêm mới ({n})</translation>
    </message>
    <message>
        <source>To update ({n})</source>
        <translation>Cập nhật ({n})</translation>
    </message>
    <message>
        <source>Unchanged ({n})</source>
        <translation>Không đổi ({n})</translation>
    </message>
    <message>
        <source>Errors ({n})</source>
        <translation>Lỗi ({n})</translation>
    </message>
    <message>
        <source>Repeated in the file ({n})</source>
        <translation>Lặp lại trong tệp ({n})</translation>
    </message>
    <message>
        <source>Warnings ({n})</source>
        <translation>Cảnh báo ({n})</translation>
    </message>
    <message>
        <source>Importing {n} people…</source>
        <translation>Đang nhập {n} người…</translation>
    </message>
    <message>
        <source>{n} people added, {u} updated, {same} unchanged.</source>
        <translation>Đã thêm {n} người, cập nhật {u} người, {same} người không đổi.</translation>
    </message>
    <message>
        <source>New chapters: {names}.</source>
        <translation>Chi đoàn mới: {names}.</translation>
    </message>
    <message>
        <source>Offices: {added} recorded, {ended} terms ended.</source>
        <translation>Chức vụ: đã ghi {added}, đã kết thúc {ended} nhiệm kỳ.</translation>
    </message>
    <message>
        <source>{n} rows were not imported (errors or repeats). Save them in an error workbook, correct them there, and import that workbook again.</source>
        <translation>{n} dòng không được nhập (có lỗi hoặc lặp lại). Hãy lưu các dòng này vào bảng tính lỗi, sửa trong đó, rồi nhập lại bảng tính đó.</translation>
    </message>
    <message>
        <source>{n} rows were imported with a warning; the error workbook lists them too, in its Cảnh báo column.</source>
        <translation>{n} dòng đã được nhập kèm cảnh báo; bảng tính lỗi cũng liệt kê các dòng này, ở cột Cảnh báo.</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row}: {message}</source>
        <translation>Trang tính {sheet}, dòng {row}: {message}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Đã lưu {path}.</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>The registration names no valid unit code.</source>
        <translation>Bản đăng ký không ghi mã đơn vị hợp lệ.</translation>
    </message>
    <message>
        <source>The registration names no unit.</source>
        <translation>Bản đăng ký không ghi tên đơn vị.</translation>
    </message>
    <message>
        <source>A different key with the same key id ({key}) is already trusted. Ask the commune to make a new key.</source>
        <translation>Đã tin cậy một khóa khác có cùng mã khóa ({key}). Hãy đề nghị xã tạo khóa mới.</translation>
    </message>
    <message>
        <source>The file cannot be read ({detail}).</source>
        <translation>Không đọc được tệp ({detail}).</translation>
    </message>
    <message>
        <source>This office already holds a newer report of this commune for {period} (No. {newer}, made {newer_made}); this file (No. {sequence}, made {made}) is older: a copy sent again, or a rollback.</source>
        <translation>Đơn vị đã có báo cáo mới hơn của xã này cho kỳ {period} (số {newer}, lập lúc {newer_made}); tệp này (số {sequence}, lập lúc {made}) cũ hơn: một bản được gửi lại, hoặc số liệu bị quay ngược.</translation>
    </message>
    <message>
        <source>Another file with the same sequence number ({detail}) was already accepted from this commune, with other content.</source>
        <translation>Đã chấp nhận một tệp khác của xã này có cùng số thứ tự ({detail}) nhưng nội dung khác.</translation>
    </message>
    <message>
        <source>The report identifier was already used by another accepted file ({detail}).</source>
        <translation>Mã báo cáo này đã được dùng cho một tệp khác đã được chấp nhận ({detail}).</translation>
    </message>
    <message>
        <source>A report for this period was already accepted (No. {detail}); a correction must name the report it replaces.</source>
        <translation>Đã chấp nhận một báo cáo của kỳ này (số {detail}); báo cáo điều chỉnh phải ghi rõ báo cáo mà nó thay thế.</translation>
    </message>
    <message>
        <source>The correction names a report it cannot replace ({detail}): not this commune&apos;s current report for the period.</source>
        <translation>Báo cáo điều chỉnh ghi thay thế một báo cáo không thể thay ({detail}): đó không phải báo cáo hiện hành của xã này trong kỳ.</translation>
    </message>
    <message>
        <source>Ask the commune to send the file again exactly as the program wrote it, without opening, renaming inside or repacking it.</source>
        <translation>Hãy đề nghị xã gửi lại đúng tệp do chương trình tạo ra, không mở ra, không đổi tên bên trong và không nén lại.</translation>
    </message>
    <message>
        <source>Ask the commune to send the file again exactly as the program wrote it; if the new copy is refused the same way, ask how it was sent (it may have been changed on the way).</source>
        <translation>Hãy đề nghị xã gửi lại đúng tệp do chương trình tạo ra; nếu bản mới vẫn bị từ chối như vậy, hãy hỏi xã đã gửi bằng cách nào (tệp có thể đã bị thay đổi trên đường gửi).</translation>
    </message>
    <message>
        <source>Ask the commune which version of the program made the file; once both offices use the same version, ask it to send the report again.</source>
        <translation>Hãy hỏi xã tệp được tạo bằng phiên bản chương trình nào; khi hai đơn vị đã dùng cùng một phiên bản, hãy đề nghị xã gửi lại báo cáo.</translation>
    </message>
    <message>
        <source>Ask the commune to send a correction (report export --correction).</source>
        <translation>Hãy đề nghị xã gửi báo cáo điều chỉnh (report export --correction).</translation>
    </message>
    <message>
        <source>Check that the file can be opened on this computer; if not, ask the commune to send it again.</source>
        <translation>Hãy kiểm tra xem tệp có mở được trên máy này không; nếu không, hãy đề nghị xã gửi lại.</translation>
    </message>
    <message>
        <source>Ask the commune to send the report file the program wrote (BC_….zip), not another document.</source>
        <translation>Hãy đề nghị xã gửi đúng tệp báo cáo do chương trình tạo ra (BC_….zip), không gửi tài liệu khác.</translation>
    </message>
    <message>
        <source>Ask the commune to send the file the program wrote, without putting a password on it.</source>
        <translation>Hãy đề nghị xã gửi đúng tệp do chương trình tạo ra, không đặt mật khẩu cho tệp.</translation>
    </message>
    <message>
        <source>Ask the commune to send its report file (BC_….zip): receipts and circulars go from this office to the communes, not back.</source>
        <translation>Hãy đề nghị xã gửi tệp báo cáo (BC_….zip): phiếu phản hồi và công văn là do đơn vị này gửi xuống các xã, không gửi ngược lên.</translation>
    </message>
    <message>
        <source>Ask the commune for its key registration file and the paper sheet with its fingerprint; trust the key, then receive this file again.</source>
        <translation>Hãy đề nghị xã gửi tệp đăng ký khóa và phiếu giấy có dấu vân tay khóa; tin cậy khóa đó rồi nhận lại tệp này.</translation>
    </message>
    <message>
        <source>Ask the commune to make a new key, send its registration with the paper sheet, and send the report again after the new key is registered here.</source>
        <translation>Hãy đề nghị xã tạo khóa mới, gửi tệp đăng ký khóa kèm phiếu giấy, rồi gửi lại báo cáo sau khi khóa mới đã được đăng ký tại đây.</translation>
    </message>
    <message>
        <source>Ask the commune to export the report again (the program signs it with its current key) and to send its new key registration if this office has not trusted it yet.</source>
        <translation>Hãy đề nghị xã xuất lại báo cáo (chương trình sẽ ký bằng khóa hiện tại) và gửi tệp đăng ký khóa mới nếu đơn vị mình chưa tin cậy khóa đó.</translation>
    </message>
    <message>
        <source>Ask the commune to send only its own reports, signed with its own key; the file names another unit.</source>
        <translation>Hãy đề nghị xã chỉ gửi báo cáo của chính mình, ký bằng khóa của mình; tệp này ghi tên một đơn vị khác.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date; if it is right, ask the commune to check the period of its report and its computer&apos;s date, then send the report again.</source>
        <translation>Hãy kiểm tra ngày trên máy này; nếu ngày đúng, hãy đề nghị xã kiểm tra kỳ báo cáo và ngày trên máy của xã, rồi gửi lại báo cáo.</translation>
    </message>
    <message>
        <source>Ask the commune to set this office as its superior in its settings, then send a correction (report export --correction).</source>
        <translation>Hãy đề nghị xã chọn đơn vị mình làm Đoàn cấp trên trong phần Cài đặt, rồi gửi báo cáo điều chỉnh (report export --correction).</translation>
    </message>
    <message>
        <source>Nothing is lost: the newer report counts. If the commune&apos;s figures changed since, ask it to send a correction (report export --correction).</source>
        <translation>Không mất dữ liệu nào: báo cáo mới hơn vẫn được tính. Nếu sau đó số liệu của xã có thay đổi, hãy đề nghị xã gửi báo cáo điều chỉnh (report export --correction).</translation>
    </message>
    <message>
        <source>Ask the commune which file is genuine; if its data were restored from a backup, ask it to send a correction (report export --correction).</source>
        <translation>Hãy hỏi xã tệp nào là tệp thật; nếu dữ liệu của xã đã được khôi phục từ bản sao lưu, hãy đề nghị xã gửi báo cáo điều chỉnh (report export --correction).</translation>
    </message>
    <message>
        <source>If the figures changed, ask the commune to send a correction (report export --correction), which names the report it replaces.</source>
        <translation>Nếu số liệu đã thay đổi, hãy đề nghị xã gửi báo cáo điều chỉnh (report export --correction), trong đó ghi rõ báo cáo được thay thế.</translation>
    </message>
    <message>
        <source>Ask the commune to send a correction of its latest report for the period (report export --correction).</source>
        <translation>Hãy đề nghị xã gửi báo cáo điều chỉnh cho báo cáo gần nhất của kỳ này (report export --correction).</translation>
    </message>
    <message>
        <source>Ask the commune to send the report file again.</source>
        <translation>Hãy đề nghị xã gửi lại tệp báo cáo.</translation>
    </message>
    <message>
        <source>This is not a valid key registration file, or it was altered ({detail}). Ask the commune to send the registration file again, as the program saved it.</source>
        <translation>Đây không phải là tệp đăng ký khóa hợp lệ, hoặc tệp đã bị sửa đổi ({detail}). Hãy đề nghị xã gửi lại đúng tệp đăng ký khóa do chương trình lưu.</translation>
    </message>
    <message>
        <source>This key is already trusted for another unit ({code}). Ask the commune to make a key of its own.</source>
        <translation>Khóa này đã được tin cậy cho một đơn vị khác ({code}). Hãy đề nghị xã tạo khóa riêng của mình.</translation>
    </message>
    <message>
        <source>This key was revoked on {date}; a revoked key is never trusted again. Ask the commune to make a new key and send its registration.</source>
        <translation>Khóa này đã bị thu hồi ngày {date}; khóa đã thu hồi không bao giờ được tin cậy lại. Hãy đề nghị xã tạo khóa mới và gửi tệp đăng ký khóa.</translation>
    </message>
    <message>
        <source>This key was retired on {date}; a retired key is not trusted again. Ask the commune for the registration of its current key.</source>
        <translation>Khóa này đã ngừng sử dụng từ ngày {date}; khóa đã ngừng sử dụng không được tin cậy lại. Hãy đề nghị xã gửi tệp đăng ký của khóa hiện tại.</translation>
    </message>
    <message>
        <source>{code} is already trusted with another key ({key}). A new key is accepted only as a rotation signed by that key; if the commune lost its key, retire the old one first (revoke it if it may be in someone else&apos;s hands).</source>
        <translation>{code} đã được tin cậy với một khóa khác ({key}). Khóa mới chỉ được chấp nhận khi là bản thay khóa có chữ ký của khóa đó; nếu xã bị mất khóa, hãy cho khóa cũ ngừng sử dụng trước (hoặc thu hồi nếu khóa có thể đã lọt vào tay người khác).</translation>
    </message>
    <message>
        <source>Type the fingerprint printed on the commune&apos;s paper sheet; nothing was trusted.</source>
        <translation>Hãy nhập dấu vân tay khóa in trên phiếu giấy của xã; chưa tin cậy khóa nào.</translation>
    </message>
    <message>
        <source>The fingerprint typed does not match this registration&apos;s, so nothing was trusted: check what you typed, or ask the commune to send its key again.</source>
        <translation>Dấu vân tay khóa vừa nhập không khớp với tệp đăng ký này nên chưa tin cậy khóa nào: hãy kiểm tra lại những gì đã nhập, hoặc đề nghị xã gửi lại khóa.</translation>
    </message>
    <message>
        <source>No trusted key has the id {key}.</source>
        <translation>Không có khóa tin cậy nào có mã {key}.</translation>
    </message>
    <message>
        <source>The key {key} was already revoked on {date}.</source>
        <translation>Khóa {key} đã bị thu hồi ngày {date}.</translation>
    </message>
    <message>
        <source>The key {key} was already retired on {date}; to refuse even its earlier files, revoke it as compromised.</source>
        <translation>Khóa {key} đã ngừng sử dụng từ ngày {date}; muốn từ chối cả các tệp được ký trước đó, hãy thu hồi khóa vì bị lộ.</translation>
    </message>
    <message>
        <source>Already received: this very file was accepted before.</source>
        <translation>Đã nhận trước đó: chính tệp này đã được chấp nhận.</translation>
    </message>
    <message>
        <source>Accepted: {unit}, {period}, No. {sequence}.</source>
        <translation>Đã chấp nhận: {unit}, {period}, số {sequence}.</translation>
    </message>
    <message>
        <source>It replaces No. {old}.</source>
        <translation>Báo cáo này thay cho báo cáo số {old}.</translation>
    </message>
    <message>
        <source>The deadline must be between 0 and {most} days.</source>
        <translation>Hạn nộp phải từ 0 đến {most} ngày.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a period: write 2026Q4, 2026S1 or 2026.</source>
        <translation>&apos;{text}&apos; không phải là kỳ báo cáo: hãy viết 2026Q4, 2026S1 hoặc 2026.</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Thiếu</translation>
    </message>
    <message>
        <source>Not received yet</source>
        <translation>Chưa nhận</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Đã được thay thế</translation>
    </message>
</context>
<context>
    <name>InboxModels</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Báo cáo số</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>Đã nhận trước đó</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>supersedes No. {old}</source>
        <translation>thay thế báo cáo số {old}</translation>
    </message>
    <message>
        <source>{count} conflicting file(s) with the same number</source>
        <translation>{count} tệp trùng số báo cáo nhưng khác nội dung</translation>
    </message>
    <message>
        <source>File refused on {date}: {reason}</source>
        <translation>Tệp bị từ chối ngày {date}: {reason}</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Mã khóa</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <source>Trusted on</source>
        <translation>Ngày tin cậy</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Đang tin cậy</translation>
    </message>
    <message>
        <source>Revoked on {date} (nothing it signed counts)</source>
        <translation>Đã thu hồi ngày {date} (mọi tệp ký bằng khóa này đều không được tính)</translation>
    </message>
    <message>
        <source>Replaced by {key} on {date} (earlier files still count)</source>
        <translation>Đã thay bằng khóa {key} ngày {date} (các tệp ký trước đó vẫn được tính)</translation>
    </message>
    <message>
        <source>Retired on {date} (earlier files still count)</source>
        <translation>Ngừng sử dụng từ ngày {date} (các tệp ký trước đó vẫn được tính)</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Receive report files</source>
        <translation>Nhận tệp báo cáo</translation>
    </message>
    <message>
        <source>Report files (*.zip);;All files (*)</source>
        <translation>Tệp báo cáo (*.zip);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Receive a folder of report files</source>
        <translation>Nhận một thư mục tệp báo cáo</translation>
    </message>
    <message>
        <source>A commune&apos;s key registration file</source>
        <translation>Tệp đăng ký khóa của một xã</translation>
    </message>
    <message>
        <source>Key registration (*.json);;All files (*)</source>
        <translation>Tệp đăng ký khóa (*.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Export the totals</source>
        <translation>Xuất số liệu tổng hợp</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Stop trusting a key</source>
        <translation>Ngừng tin cậy khóa</translation>
    </message>
    <message>
        <source>Why is key {key} of {name} no longer to be trusted?</source>
        <translation>Vì sao không còn tin cậy khóa {key} của {name}?</translation>
    </message>
    <message>
        <source>Compromised: the key may be in someone else&apos;s hands (a stolen or copied computer); no file it signed is accepted any more, even older ones.

Lost: the commune lost the key or stopped using it; files it signed before today still count, later ones are refused.</source>
        <translation>Bị lộ: khóa có thể đã lọt vào tay người khác (máy tính bị lấy cắp hoặc bị sao chép); không còn chấp nhận tệp nào được ký bằng khóa này, kể cả các tệp cũ.

Bị mất: xã bị mất khóa hoặc thôi dùng khóa; các tệp được ký trước hôm nay vẫn được tính, các tệp ký sau đó bị từ chối.</translation>
    </message>
    <message>
        <source>Compromised</source>
        <translation>Bị lộ</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Bị mất</translation>
    </message>
    <message>
        <source>Receive the communes&apos; signed report files, see who has reported for a period and the totals. Only files signed by a trusted commune&apos;s key are accepted.</source>
        <translation>Nhận các tệp báo cáo có chữ ký của các xã, xem xã nào đã báo cáo trong một kỳ và số liệu tổng hợp. Chỉ chấp nhận tệp được ký bằng khóa của xã đã được tin cậy.</translation>
    </message>
    <message>
        <source>&amp;Receive files</source>
        <translation>&amp;Nhận tệp</translation>
    </message>
    <message>
        <source>&amp;Period status</source>
        <translation>&amp;Tình hình kỳ báo cáo</translation>
    </message>
    <message>
        <source>&amp;Trusted communes</source>
        <translation>Xã tin &amp;cậy</translation>
    </message>
    <message>
        <source>&amp;Sent to communes</source>
        <translation>&amp;Gửi xuống cơ sở</translation>
    </message>
    <message>
        <source>Drop report files (.zip) or folders anywhere on this page, or choose them. Each file is checked; refused files are kept aside, never imported.</source>
        <translation>Kéo thả tệp báo cáo (.zip) hoặc thư mục vào bất kỳ chỗ nào trên trang này, hoặc chọn tệp. Mỗi tệp đều được kiểm tra; tệp bị từ chối được để riêng, không bao giờ được nhập.</translation>
    </message>
    <message>
        <source>Receive &amp;files…</source>
        <translation>Nhận tệ&amp;p…</translation>
    </message>
    <message>
        <source>Receive a f&amp;older…</source>
        <translation>Nhận cả thư &amp;mục…</translation>
    </message>
    <message>
        <source>Refused files are kept in {path}.</source>
        <translation>Tệp bị từ chối được lưu tại {path}.</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>A quarter 2026Q4, a half-year 2026S1 or a year 2026</source>
        <translation>Quý (2026Q4), 6 tháng (2026S1) hoặc năm (2026)</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Hạn nộp:</translation>
    </message>
    <message>
        <source> days after the period ends</source>
        <translation> ngày sau khi hết kỳ</translation>
    </message>
    <message>
        <source>A report received later than this is marked late (a setting of this office).</source>
        <translation>Báo cáo nhận sau thời hạn này bị đánh dấu trễ hạn (cài đặt của đơn vị này).</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Xuất ra &amp;Excel…</translation>
    </message>
    <message>
        <source>Totals (shares recomputed from their parts, never averaged)</source>
        <translation>Số liệu tổng hợp (tỷ lệ được tính lại từ các thành phần, không lấy trung bình)</translation>
    </message>
    <message>
        <source>Trust a &amp;commune…</source>
        <translation>Tin cậy một &amp;xã…</translation>
    </message>
    <message>
        <source>Import a commune&apos;s key registration file and type the fingerprint from its paper sheet</source>
        <translation>Nhập tệp đăng ký khóa của một xã và gõ dấu vân tay khóa theo phiếu giấy của xã</translation>
    </message>
    <message>
        <source>Stop trusting the selected key: compromised (stolen, copied) or lost</source>
        <translation>Ngừng tin cậy khóa đã chọn: bị lộ (bị lấy cắp, bị sao chép) hoặc bị mất</translation>
    </message>
    <message>
        <source>Trusting a commune asks for the fingerprint printed on the paper sheet the commune sent. A key replaced by a rotation, or lost, still vouches for the files it signed before; a revoked key for none.</source>
        <translation>Khi tin cậy một xã, chương trình yêu cầu nhập dấu vân tay khóa in trên phiếu giấy xã đã gửi. Khóa đã được thay hoặc bị mất vẫn bảo đảm cho các tệp đã ký trước đó; khóa đã thu hồi thì không bảo đảm cho tệp nào.</translation>
    </message>
    <message>
        <source>Re&amp;voke key…</source>
        <translation>Thu &amp;hồi khóa…</translation>
    </message>
    <message>
        <source>No commune is trusted yet: trust the communes&apos; keys first.</source>
        <translation>Chưa tin cậy xã nào: hãy tin cậy khóa của các xã trước.</translation>
    </message>
    <message>
        <source>{period}: {received} of {total} communes reported ({on_time} on time, {late} late); due {date}.</source>
        <translation>{period}: {received}/{total} xã đã báo cáo ({on_time} đúng hạn, {late} trễ hạn); hạn nộp {date}.</translation>
    </message>
    <message>
        <source>Cannot change the deadline</source>
        <translation>Không đổi được hạn nộp</translation>
    </message>
    <message>
        <source>No report file (.zip) was found there.</source>
        <translation>Không tìm thấy tệp báo cáo (.zip) nào ở đó.</translation>
    </message>
    <message>
        <source>Checking {count} files…</source>
        <translation>Đang kiểm tra {count} tệp…</translation>
    </message>
    <message>
        <source>Receiving stopped</source>
        <translation>Đã dừng nhận tệp</translation>
    </message>
    <message>
        <source>The files could not be received: {reason}</source>
        <translation>Không nhận được các tệp: {reason}</translation>
    </message>
    <message>
        <source>{accepted} accepted, {already} already received, {rejected} rejected.</source>
        <translation>{accepted} tệp được chấp nhận, {already} tệp đã nhận trước đó, {rejected} tệp bị từ chối.</translation>
    </message>
    <message>
        <source>Trust a commune</source>
        <translation>Tin cậy một xã</translation>
    </message>
    <message>
        <source>{name} ({code}) is already trusted with this key.</source>
        <translation>{name} ({code}) đã được tin cậy với khóa này.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <source>The totals for {period} were written to {path}.</source>
        <translation>Đã ghi số liệu tổng hợp kỳ {period} vào {path}.</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Ethnicity: {name}</source>
        <translation>Dân tộc: {name}</translation>
    </message>
    <message>
        <source>Chapter: {name}</source>
        <translation>Chi đoàn: {name}</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Add club members</source>
        <translation>Thêm thành viên CLB</translation>
    </message>
    <message>
        <source>{name} — {office}, {chapter}</source>
        <translation>{name} — {office}, {chapter}</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Member since *</source>
        <translation>Tham gia từ *</translation>
    </message>
    <message>
        <source>Add to the club</source>
        <translation>Thêm vào CLB</translation>
    </message>
    <message>
        <source>Sitting secretaries and deputy secretaries of the residential chapters who are not members yet. Untick those who do not join.</source>
        <translation>Bí thư, Phó Bí thư đương nhiệm của các chi đoàn địa bàn dân cư chưa là thành viên CLB. Bỏ đánh dấu những người không tham gia.</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>Receipts and circulars sent to the communes are signed with this office&apos;s key, so they can tell they come from you and were not changed. The key is kept on this computer, locked with a passphrase only you know.</source>
        <translation>Phiếu phản hồi và công văn gửi các xã được ký bằng khóa của đơn vị, để các xã biết chúng do đơn vị gửi và không bị thay đổi. Khóa được giữ trên máy tính này, khóa bằng mật khẩu chỉ đồng chí biết.</translation>
    </message>
    <message>
        <source>Reports sent to the superior office are signed with this office&apos;s key, so it can tell they come from you and were not changed. The key is kept on this computer, locked with a passphrase only you know.</source>
        <translation>Báo cáo gửi Đoàn cấp trên được ký bằng khóa của đơn vị, để cấp trên biết báo cáo do đơn vị gửi và không bị sửa đổi. Khóa được lưu trên máy tính này, được bảo vệ bằng mật khẩu khóa chỉ bạn biết.</translation>
    </message>
    <message>
        <source>Make the key</source>
        <translation>Tạo khóa</translation>
    </message>
    <message>
        <source>This office&apos;s key</source>
        <translation>Khóa của đơn vị</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <source>Save registration file…</source>
        <translation>Lưu tệp đăng ký khóa…</translation>
    </message>
    <message>
        <source>Print fingerprint sheet…</source>
        <translation>In phiếu dấu vân tay khóa…</translation>
    </message>
    <message>
        <source>Save a copy of the key file…</source>
        <translation>Lưu bản sao tệp khóa…</translation>
    </message>
    <message>
        <source>Restore the key file…</source>
        <translation>Khôi phục tệp khóa…</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Mã khóa</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Send the registration file to every commune, and the signed and stamped fingerprint sheet on paper: they compare the two.</source>
        <translation>Hãy gửi tệp đăng ký khóa cho mọi xã, kèm phiếu dấu vân tay khóa in trên giấy có ký tên và đóng dấu: các xã sẽ đối chiếu hai thứ này.</translation>
    </message>
    <message>
        <source>Send the registration file to the superior office, and the signed and stamped fingerprint sheet on paper: they compare the two.</source>
        <translation>Gửi tệp đăng ký khóa cho Đoàn cấp trên, kèm phiếu dấu vân tay khóa bản giấy có ký tên, đóng dấu: cấp trên sẽ đối chiếu hai bản.</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Thay khóa</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Mật khẩu khóa hiện tại</translation>
    </message>
    <message>
        <source>A new key, announced to the superior office with the signatures of the old and the new key. Do this if the passphrase may be known to others.</source>
        <translation>Tạo khóa mới và thông báo cho Đoàn cấp trên, có chữ ký của cả khóa cũ và khóa mới. Hãy làm việc này nếu mật khẩu khóa có thể đã bị người khác biết.</translation>
    </message>
    <message>
        <source>The key file is lost, so the old key cannot sign for the new one: the new key&apos;s registration is signed by itself only. The superior office accepts it after revoking the old key and comparing the new fingerprint sheet.</source>
        <translation>Tệp khóa đã bị mất nên khóa cũ không thể ký xác nhận cho khóa mới: bản đăng ký của khóa mới chỉ do chính nó ký. Đoàn cấp trên sẽ chấp nhận sau khi thu hồi khóa cũ và đối chiếu phiếu dấu vân tay khóa mới.</translation>
    </message>
    <message>
        <source>The key file is {path}. Backups of the data do not contain it: keep a copy apart from this computer (Save a copy of the key file…) and take it along when the office moves to another computer.</source>
        <translation>Tệp khóa là {path}. Các bản sao lưu dữ liệu không chứa tệp này: hãy cất một bản sao riêng, không để trên máy tính này (Lưu bản sao tệp khóa…), và mang theo khi văn phòng chuyển sang máy tính khác.</translation>
    </message>
    <message>
        <source>The key is still kept in the database, as older versions did. It moves into its own file the next time you sign a report or replace the key.</source>
        <translation>Khóa vẫn đang được lưu trong cơ sở dữ liệu như các phiên bản cũ. Khóa sẽ được chuyển sang tệp riêng ở lần tới bạn ký báo cáo hoặc thay khóa.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged or belongs to another key. Restore your copy of it, or replace the key.</source>
        <translation>Tệp khóa {path} bị hỏng hoặc thuộc về một khóa khác. Hãy khôi phục bản sao của bạn, hoặc thay khóa.</translation>
    </message>
    <message>
        <source>The key was not made</source>
        <translation>Chưa tạo được khóa</translation>
    </message>
    <message>
        <source>Save the key registration</source>
        <translation>Lưu tệp đăng ký khóa</translation>
    </message>
    <message>
        <source>Key registration (*.json)</source>
        <translation>Tệp đăng ký khóa (*.json)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>The registration file was not saved: {reason}</source>
        <translation>Chưa lưu được tệp đăng ký khóa: {reason}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>The key registration was saved to {path}.</source>
        <translation>Đã lưu tệp đăng ký khóa vào {path}.</translation>
    </message>
    <message>
        <source>Save a copy of the key file</source>
        <translation>Lưu bản sao tệp khóa</translation>
    </message>
    <message>
        <source>Key file (*.key)</source>
        <translation>Tệp khóa (*.key)</translation>
    </message>
    <message>
        <source>A copy of the key file was saved to {path}. It opens only with the key&apos;s passphrase. Keep it apart from this computer, and on a new computer put it back with Restore the key file…</source>
        <translation>Đã lưu bản sao tệp khóa vào {path}. Tệp này chỉ mở được bằng mật khẩu khóa. Hãy cất riêng, không để trên máy tính này; trên máy tính mới, hãy chép lại bằng Khôi phục tệp khóa…</translation>
    </message>
    <message>
        <source>Restore the key file</source>
        <translation>Khôi phục tệp khóa</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Chưa khôi phục</translation>
    </message>
    <message>
        <source>The key file was not restored: {reason}</source>
        <translation>Chưa khôi phục được tệp khóa: {reason}</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>The key file is back; reports can be signed.</source>
        <translation>Tệp khóa đã được khôi phục; có thể ký báo cáo.</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Hãy nhập mật khẩu khóa hiện tại.</translation>
    </message>
    <message>
        <source>The key was not replaced</source>
        <translation>Chưa thay được khóa</translation>
    </message>
    <message>
        <source>The new key is ready. Ask the superior office to revoke the old key {old}, then send it the new registration file and the fingerprint sheet. Save a copy of the new key file too.</source>
        <translation>Khóa mới đã sẵn sàng. Hãy đề nghị Đoàn cấp trên thu hồi khóa cũ {old}, rồi gửi tệp đăng ký khóa mới và phiếu dấu vân tay khóa. Hãy lưu cả một bản sao tệp khóa mới.</translation>
    </message>
    <message>
        <source>The new key is ready. Save its registration file and print its fingerprint sheet for the superior office, and save a copy of its key file.</source>
        <translation>Khóa mới đã sẵn sàng. Hãy lưu tệp đăng ký khóa và in phiếu dấu vân tay khóa để gửi Đoàn cấp trên, đồng thời lưu một bản sao tệp khóa.</translation>
    </message>
    <message>
        <source>Key replaced</source>
        <translation>Đã thay khóa</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>Reports sent to the superior office are signed with a key kept on this computer and locked with a passphrase you choose. Remember it: nobody can recover it.</source>
        <translation>Báo cáo gửi Đoàn cấp trên được ký bằng một khóa lưu trên máy tính này và được bảo vệ bằng mật khẩu khóa do bạn đặt. Hãy nhớ mật khẩu này: không ai có thể khôi phục được.</translation>
    </message>
    <message>
        <source>Skip: make the key later in Settings</source>
        <translation>Bỏ qua: tạo khóa sau trong Cài đặt</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>The passphrase is wrong. Nothing was signed.</source>
        <translation>Mật khẩu khóa không đúng. Chưa ký gì.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {n} characters.</source>
        <translation>Mật khẩu khóa phải có ít nhất {n} ký tự.</translation>
    </message>
    <message>
        <source>the file is not a key registration as this program writes it ({code})</source>
        <translation>tệp không phải là tệp đăng ký khóa do chương trình này ghi ra ({code})</translation>
    </message>
    <message>
        <source>the file is not a doan-desktop key registration</source>
        <translation>tệp không phải là tệp đăng ký khóa của doan-desktop</translation>
    </message>
    <message>
        <source>its two copies of the public key are not the same key</source>
        <translation>hai bản khóa công khai ghi trong tệp không phải là cùng một khóa</translation>
    </message>
    <message>
        <source>it lacks the signature of key {key}</source>
        <translation>tệp thiếu chữ ký của khóa {key}</translation>
    </message>
    <message>
        <source>the signature of key {key} does not match the contents: the file was changed after it was signed</source>
        <translation>chữ ký của khóa {key} không khớp với nội dung: tệp đã bị sửa sau khi ký</translation>
    </message>
    <message>
        <source>a public key in it is malformed</source>
        <translation>một khóa công khai trong tệp bị sai định dạng</translation>
    </message>
    <message>
        <source>the field {field} is missing</source>
        <translation>thiếu trường {field}</translation>
    </message>
    <message>
        <source>a field of the registration is malformed</source>
        <translation>một trường của tệp đăng ký bị sai định dạng</translation>
    </message>
    <message>
        <source>This office has no signing key yet. Make one in Settings (Signing key…) or with &apos;doan-desktop keys create&apos;.</source>
        <translation>Đơn vị chưa có khóa ký. Hãy tạo khóa trong Cài đặt (Khóa ký…) hoặc bằng lệnh &apos;doan-desktop keys create&apos;.</translation>
    </message>
    <message>
        <source>The signing key file is missing from the data folder: {path}. Nothing was signed. Copy it back there (from the old computer, or from the copy made with &apos;Save a copy of the key file…&apos; or &apos;doan-desktop keys backup&apos;), or replace the key with a new one (&apos;Replace the key&apos; in Settings › Signing key, or &apos;doan-desktop keys rotate --lost&apos;) and register the new key with the superior office.</source>
        <translation>Thiếu tệp khóa ký trong thư mục dữ liệu: {path}. Chưa ký gì. Hãy chép tệp đó trở lại (từ máy tính cũ, hoặc từ bản sao đã lưu bằng &apos;Lưu bản sao tệp khóa…&apos; hay &apos;doan-desktop keys backup&apos;), hoặc thay bằng khóa mới (&apos;Thay khóa&apos; trong Cài đặt › Khóa ký, hoặc &apos;doan-desktop keys rotate --lost&apos;) rồi đăng ký khóa mới với Đoàn cấp trên.</translation>
    </message>
    <message>
        <source>This office has no key {key_id}.</source>
        <translation>Đơn vị không có khóa {key_id}.</translation>
    </message>
    <message>
        <source>{problem} The signing key was not changed.</source>
        <translation>{problem} Khóa ký vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>The signing key file {path} could not be written ({detail}). Nothing was changed.</source>
        <translation>Không ghi được tệp khóa ký {path} ({detail}). Chưa thay đổi gì.</translation>
    </message>
    <message>
        <source>The signing key file {path} is damaged or belongs to another key ({detail}). Nothing was signed. Put back your copy of the key file, or replace the key.</source>
        <translation>Tệp khóa ký {path} bị hỏng hoặc thuộc về một khóa khác ({detail}). Chưa ký gì. Hãy chép lại bản sao tệp khóa của bạn, hoặc thay khóa.</translation>
    </message>
    <message>
        <source>Key {key_id} was replaced on {date}: only the current key signs, and a replaced key&apos;s private half is destroyed.</source>
        <translation>Khóa {key_id} đã được thay ngày {date}: chỉ khóa hiện tại được dùng để ký, và phần bí mật của khóa đã thay bị hủy.</translation>
    </message>
    <message>
        <source>The signing key kept in the database does not match its public key ({detail}). Nothing was signed. Replace the key.</source>
        <translation>Khóa ký lưu trong cơ sở dữ liệu không khớp với khóa công khai của nó ({detail}). Chưa ký gì. Hãy thay khóa.</translation>
    </message>
    <message>
        <source>The signing key file {path} cannot be read: {detail}</source>
        <translation>Không đọc được tệp khóa ký {path}: {detail}</translation>
    </message>
    <message>
        <source>Set up the unit before making its key.</source>
        <translation>Hãy thiết lập đơn vị trước khi tạo khóa.</translation>
    </message>
    <message>
        <source>This office already has a signing key. Rotate it to replace it.</source>
        <translation>Đơn vị đã có khóa ký. Để thay thế, hãy dùng chức năng Thay khóa.</translation>
    </message>
    <message>
        <source>The signing key is not lost: replace it with its passphrase (a rotation the superior office accepts without revoking anything).</source>
        <translation>Khóa ký không bị mất: hãy thay khóa bằng mật khẩu khóa hiện tại (một lần thay khóa mà Đoàn cấp trên chấp nhận mà không phải thu hồi gì).</translation>
    </message>
    <message>
        <source>The signing key is still kept in the database, as older versions did. Sign a report or replace the key once (it then moves into its own file), and save the copy after that.</source>
        <translation>Khóa ký vẫn đang được lưu trong cơ sở dữ liệu như các phiên bản cũ. Hãy ký một báo cáo hoặc thay khóa một lần (khi đó khóa được chuyển sang tệp riêng), rồi mới lưu bản sao.</translation>
    </message>
    <message>
        <source>This is not a doan-desktop key file ({detail}).</source>
        <translation>Đây không phải là tệp khóa của doan-desktop ({detail}).</translation>
    </message>
    <message>
        <source>The key file holds key {key_id}, which is not one of this office&apos;s keys. Nothing was copied.</source>
        <translation>Tệp khóa chứa khóa {key_id}, không phải khóa nào của đơn vị này. Chưa chép gì.</translation>
    </message>
    <message>
        <source>The key file holds key {key_id}, replaced on {date}: only the current key signs, so its file is not put back.</source>
        <translation>Tệp khóa chứa khóa {key_id}, đã được thay ngày {date}: chỉ khóa hiện tại được dùng để ký, nên tệp này không được chép trở lại.</translation>
    </message>
    <message>
        <source>A key file for key {key_id} is already in the data folder ({path}); nothing was copied. Replace it only if it is damaged.</source>
        <translation>Thư mục dữ liệu đã có tệp khóa của khóa {key_id} ({path}); chưa chép gì. Chỉ thay tệp đó nếu nó bị hỏng.</translation>
    </message>
    <message>
        <source>The key&apos;s registration is missing. Rotate the key to make a new one.</source>
        <translation>Thiếu bản đăng ký của khóa. Hãy thay khóa để tạo bản đăng ký mới.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Move the selected line up</source>
        <translation>Chuyển dòng đã chọn lên trên</translation>
    </message>
    <message>
        <source>Move the selected line down</source>
        <translation>Chuyển dòng đã chọn xuống dưới</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>doan-desktop is already open on this data folder ({path}). Close the window first, or use it to make this change.</source>
        <translation>doan-desktop đang mở trên thư mục dữ liệu này ({path}). Hãy đóng cửa sổ đó trước, hoặc dùng chính cửa sổ đó để thực hiện thay đổi này.</translation>
    </message>
    <message>
        <source>Another doan-desktop command is using this data folder ({path}). Wait for it to finish and try again.</source>
        <translation>Một lệnh doan-desktop khác đang dùng thư mục dữ liệu này ({path}). Hãy chờ lệnh đó chạy xong rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Members &amp; youth</source>
        <translation>Đoàn viên, thanh niên</translation>
    </message>
    <message>
        <source>Meetings &amp; minutes</source>
        <translation>Sinh hoạt, biên bản</translation>
    </message>
    <message>
        <source>Trainings &amp; club</source>
        <translation>Tập huấn, CLB Bí thư</translation>
    </message>
    <message>
        <source>Works &amp; volunteering</source>
        <translation>Công trình, tình nguyện</translation>
    </message>
    <message>
        <source>Residential models</source>
        <translation>Mô hình địa bàn dân cư</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Superior&apos;s inbox</source>
        <translation>Hộp thư cấp trên</translation>
    </message>
    <message>
        <source>doan-desktop {version}</source>
        <translation>doan-desktop {version}</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Sao lưu gần nhất: {when}</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Chưa sao lưu lần nào</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>The month this meeting reports on</source>
        <translation>Tháng mà buổi sinh hoạt này thuộc về</translation>
    </message>
    <message>
        <source>for example Phòng chống ma túy</source>
        <translation>ví dụ: Phòng chống ma túy</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>for example Nhà văn hóa thôn 3</source>
        <translation>ví dụ: Nhà văn hóa thôn 3</translation>
    </message>
    <message>
        <source>Chosen from the people marked present</source>
        <translation>Chọn trong số những người có mặt</translation>
    </message>
    <message>
        <source>Kind *</source>
        <translation>Loại *</translation>
    </message>
    <message>
        <source>Chapter *</source>
        <translation>Chi đoàn *</translation>
    </message>
    <message>
        <source>Taking part *</source>
        <translation>Chi đoàn tham gia *</translation>
    </message>
    <message>
        <source>Month reported on</source>
        <translation>Sinh hoạt tháng</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Date held *</source>
        <translation>Ngày họp *</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Secretary (minutes)</source>
        <translation>Thư ký (ghi biên bản)</translation>
    </message>
    <message>
        <source>Attendance and guests</source>
        <translation>Điểm danh, khách mời</translation>
    </message>
    <message>
        <source>Agenda and discussion</source>
        <translation>Nội dung, diễn biến</translation>
    </message>
    <message>
        <source>Conclusions and vote</source>
        <translation>Kết luận, biểu quyết</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Lưu bản nháp</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Chốt biên bản</translation>
    </message>
    <message>
        <source>Save and make the minutes final (read-only). Needs a chair and a secretary.</source>
        <translation>Lưu và chốt biên bản (chỉ xem, không sửa được). Cần có người chủ trì và thư ký.</translation>
    </message>
    <message>
        <source>Reopen for correction</source>
        <translation>Mở lại để sửa</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Xem trước bản in…</translation>
    </message>
    <message>
        <source>The minutes as they print, to print or save as PDF or Word</source>
        <translation>Xem biên bản như khi in, để in hoặc lưu thành PDF hay Word</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Mark everyone present</source>
        <translation>Đánh dấu tất cả có mặt</translation>
    </message>
    <message>
        <source>Reload from the roster</source>
        <translation>Tải lại từ danh sách</translation>
    </message>
    <message>
        <source>List again the people expected at this meeting, keeping the marks made</source>
        <translation>Liệt kê lại những người thuộc thành phần cuộc họp, giữ nguyên các đánh dấu đã có</translation>
    </message>
    <message>
        <source>Double-click the attendance to change it; typing a reason marks an absence.</source>
        <translation>Nhấp đúp vào ô điểm danh để thay đổi; nhập lý do thì người đó được tính là vắng.</translation>
    </message>
    <message>
        <source>Include the chapter&apos;s youth</source>
        <translation>Mời thanh niên của chi đoàn</translation>
    </message>
    <message>
        <source>List the chapter&apos;s youth who are not members with the members, present or absent like them; the minutes then count members and youth</source>
        <translation>Đưa thanh niên chưa là đoàn viên của chi đoàn vào danh sách điểm danh cùng đoàn viên, có mặt hoặc vắng như đoàn viên; biên bản khi đó ghi tổng số đoàn viên, thanh niên</translation>
    </message>
    <message>
        <source>Guest&apos;s name</source>
        <translation>Họ tên khách mời</translation>
    </message>
    <message>
        <source>Title or office</source>
        <translation>Chức danh, chức vụ</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Thêm khách mời</translation>
    </message>
    <message>
        <source>Guests (from outside the list above, counted apart)</source>
        <translation>Khách mời (ngoài danh sách trên, tính riêng)</translation>
    </message>
    <message>
        <source>Agenda items, in order</source>
        <translation>Các nội dung, theo thứ tự</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Thêm nội dung</translation>
    </message>
    <message>
        <source>Discussion: who spoke and what they said, in order</source>
        <translation>Diễn biến: ai phát biểu và phát biểu những gì, theo thứ tự</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Nội dung phát biểu</translation>
    </message>
    <message>
        <source>Add speech</source>
        <translation>Thêm ý kiến phát biểu</translation>
    </message>
    <message>
        <source>The chair&apos;s conclusions</source>
        <translation>Kết luận của chủ trì</translation>
    </message>
    <message>
        <source>Resolutions (what was decided)</source>
        <translation>Nghị quyết (những nội dung đã thống nhất)</translation>
    </message>
    <message>
        <source>A vote was held</source>
        <translation>Có biểu quyết</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Không tán thành</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ý kiến khác</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <source>Meeting of {date}</source>
        <translation>Cuộc họp ngày {date}</translation>
    </message>
    <message>
        <source>Finalised on {date}.</source>
        <translation>Đã chốt ngày {date}.</translation>
    </message>
    <message>
        <source>Reopened on {date}: {reason}</source>
        <translation>Mở lại ngày {date}: {reason}</translation>
    </message>
    <message>
        <source>Host chapter *</source>
        <translation>Chi đoàn đăng cai *</translation>
    </message>
    <message>
        <source>Theme *</source>
        <translation>Chủ đề *</translation>
    </message>
    <message>
        <source>Youth, {chapter}</source>
        <translation>Thanh niên, {chapter}</translation>
    </message>
    <message>
        <source>Choose the chapter first.</source>
        <translation>Hãy chọn chi đoàn trước.</translation>
    </message>
    <message>
        <source>{count} youth on the list, marked like the members; the minutes count members and youth.</source>
        <translation>{count} thanh niên trong danh sách, điểm danh như đoàn viên; biên bản ghi “Tổng số đoàn viên, thanh niên”.</translation>
    </message>
    <message>
        <source>{chapter} has {count} youth on the roster who are not members.</source>
        <translation>{chapter} có {count} thanh niên chưa là đoàn viên trong danh sách.</translation>
    </message>
    <message>
        <source>{chapter} has no youth on the roster besides its members.</source>
        <translation>{chapter} không có thanh niên nào ngoài đoàn viên trong danh sách.</translation>
    </message>
    <message>
        <source>Take the {count} youth off the attendance list? What was marked for them is lost.</source>
        <translation>Bỏ {count} thanh niên khỏi danh sách điểm danh? Những gì đã điểm danh cho họ sẽ mất.</translation>
    </message>
    <message>
        <source>The chair or secretary chosen among them is cleared.</source>
        <translation>Chủ trì hoặc thư ký đã chọn trong số họ sẽ bị bỏ chọn.</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— chưa chọn —</translation>
    </message>
    <message>
        <source>{name} (not present)</source>
        <translation>{name} (không có mặt)</translation>
    </message>
    <message>
        <source>Expected {expected} · present {present} · absent with a reason {excused} · absent without a reason {absent} · guests {guests}</source>
        <translation>Tổng số {expected} · có mặt {present} · vắng có lý do {excused} · vắng không lý do {absent} · khách mời {guests}</translation>
    </message>
    <message>
        <source>Correct the fields marked in red to save.</source>
        <translation>Hãy sửa các trường đánh dấu đỏ để lưu.</translation>
    </message>
    <message>
        <source>Save becomes available once the fields marked * are filled in correctly.</source>
        <translation>Nút Lưu sẽ dùng được khi các trường đánh dấu * đã được điền đúng.</translation>
    </message>
    <message>
        <source>Move this meeting and its minutes to the trash?</source>
        <translation>Chuyển cuộc họp này và biên bản vào thùng rác?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Đóng mà không lưu</translation>
    </message>
    <message>
        <source>The changes to this meeting are not saved. Close and lose them?</source>
        <translation>Các thay đổi của cuộc họp này chưa được lưu. Đóng và bỏ các thay đổi này?</translation>
    </message>
    <message>
        <source>These minutes are final and cannot be changed. To correct them, use “Reopen for correction”: the reason is recorded.</source>
        <translation>Biên bản này đã chốt và không thể thay đổi. Để sửa, hãy dùng “Mở lại để sửa”: lý do sửa sẽ được ghi lại.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Monthly chapter meeting</source>
        <translation>Sinh hoạt chi đoàn hằng tháng</translation>
    </message>
    <message>
        <source>Themed meeting</source>
        <translation>Sinh hoạt chuyên đề</translation>
    </message>
    <message>
        <source>Joint inter-chapter meeting</source>
        <translation>Sinh hoạt liên chi đoàn</translation>
    </message>
    <message>
        <source>Briefing with chapter secretaries</source>
        <translation>Giao ban với Bí thư chi đoàn</translation>
    </message>
    <message>
        <source>Commune committee (BCH) meeting</source>
        <translation>Họp Ban Chấp hành (BCH) Đoàn xã</translation>
    </message>
    <message>
        <source>Secretaries&apos; club session</source>
        <translation>Sinh hoạt CLB Bí thư chi đoàn</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Absent with a reason</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <source>Absent without a reason</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Đã chốt</translation>
    </message>
    <message>
        <source>Type the time as hh:mm, for example 19:30.</source>
        <translation>Nhập giờ theo dạng hh:mm, ví dụ 19:30.</translation>
    </message>
    <message>
        <source>The date of the meeting is required.</source>
        <translation>Ngày họp là bắt buộc.</translation>
    </message>
    <message>
        <source>Type the date as dd/mm/yyyy, for example 05/02/2026.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy, ví dụ 05/02/2026.</translation>
    </message>
    <message>
        <source>Secretary, {chapter}</source>
        <translation>Bí thư Chi đoàn {chapter}</translation>
    </message>
    <message>
        <source>Deputy secretary, {chapter}</source>
        <translation>Phó Bí thư Chi đoàn {chapter}</translation>
    </message>
    <message>
        <source>{role}, commune committee</source>
        <translation>{role} Đoàn xã</translation>
    </message>
    <message>
        <source>Choose the kind of meeting.</source>
        <translation>Hãy chọn loại cuộc họp.</translation>
    </message>
    <message>
        <source>Choose the host chapter.</source>
        <translation>Hãy chọn chi đoàn đăng cai.</translation>
    </message>
    <message>
        <source>Choose the chapter that met.</source>
        <translation>Hãy chọn chi đoàn sinh hoạt.</translation>
    </message>
    <message>
        <source>Choose a chapter from the list.</source>
        <translation>Hãy chọn một chi đoàn trong danh sách.</translation>
    </message>
    <message>
        <source>Tick at least one chapter taking part besides the host.</source>
        <translation>Hãy đánh dấu ít nhất một chi đoàn tham gia ngoài chi đoàn đăng cai.</translation>
    </message>
    <message>
        <source>Choose chapters from the list.</source>
        <translation>Hãy chọn các chi đoàn trong danh sách.</translation>
    </message>
    <message>
        <source>A themed meeting needs its theme.</source>
        <translation>Buổi sinh hoạt chuyên đề cần có chủ đề.</translation>
    </message>
    <message>
        <source>Choose the month reported on.</source>
        <translation>Hãy chọn tháng sinh hoạt.</translation>
    </message>
    <message>
        <source>A meeting is recorded once it has been held: the date cannot be in the future.</source>
        <translation>Cuộc họp chỉ được ghi nhận sau khi đã diễn ra: ngày họp không thể ở tương lai.</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>Cuộc họp không thể kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>The minutes need the time the meeting started.</source>
        <translation>Biên bản cần có giờ bắt đầu cuộc họp.</translation>
    </message>
    <message>
        <source>Choose who chaired the meeting.</source>
        <translation>Hãy chọn người chủ trì cuộc họp.</translation>
    </message>
    <message>
        <source>Choose who took the minutes.</source>
        <translation>Hãy chọn thư ký ghi biên bản.</translation>
    </message>
    <message>
        <source>Choose someone marked present: {name} is not among those present.</source>
        <translation>Hãy chọn một người có mặt: {name} không có trong danh sách có mặt.</translation>
    </message>
    <message>
        <source>The secretary of the meeting must be someone other than the chair.</source>
        <translation>Thư ký cuộc họp phải là người khác với người chủ trì.</translation>
    </message>
    <message>
        <source>Each guest needs a name.</source>
        <translation>Mỗi đại biểu khách mời cần có họ tên.</translation>
    </message>
    <message>
        <source>Each speech needs the speaker&apos;s name.</source>
        <translation>Mỗi ý kiến phát biểu cần có tên người phát biểu.</translation>
    </message>
    <message>
        <source>Write what {name} said, or remove the line.</source>
        <translation>Hãy ghi nội dung phát biểu của {name}, hoặc xóa dòng này.</translation>
    </message>
    <message>
        <source>Mark each person present, absent with a reason, or absent.</source>
        <translation>Hãy đánh dấu mỗi người là có mặt, vắng có lý do hoặc vắng không lý do.</translation>
    </message>
    <message>
        <source>{name} is on the attendance list twice.</source>
        <translation>{name} có tên hai lần trong danh sách điểm danh.</translation>
    </message>
    <message>
        <source>{name} is not expected at this meeting (not a member of the chapter); record them as a guest.</source>
        <translation>{name} không thuộc thành phần cuộc họp này (không phải đoàn viên của chi đoàn); hãy ghi là khách mời.</translation>
    </message>
    <message>
        <source>Vote counts cannot be negative.</source>
        <translation>Số phiếu biểu quyết không thể là số âm.</translation>
    </message>
    <message>
        <source>{cast} votes were counted but only {present} people are marked present.</source>
        <translation>Đã tính {cast} phiếu biểu quyết nhưng chỉ có {present} người được đánh dấu có mặt.</translation>
    </message>
    <message>
        <source>These minutes are final. Reopen them for correction to change them.</source>
        <translation>Biên bản này đã chốt. Hãy mở lại để sửa trước khi thay đổi.</translation>
    </message>
    <message>
        <source>This meeting is in the trash.</source>
        <translation>Cuộc họp này đang ở trong thùng rác.</translation>
    </message>
    <message>
        <source>These minutes are already final.</source>
        <translation>Biên bản này đã được chốt.</translation>
    </message>
    <message>
        <source>Say why the minutes are being corrected.</source>
        <translation>Hãy ghi lý do sửa biên bản.</translation>
    </message>
    <message>
        <source>Only final minutes can be reopened.</source>
        <translation>Chỉ có thể mở lại biên bản đã chốt.</translation>
    </message>
    <message>
        <source>These minutes are final. Reopen them for correction before deleting.</source>
        <translation>Biên bản này đã chốt. Hãy mở lại để sửa trước khi xóa.</translation>
    </message>
    <message>
        <source>There is no meeting with the id {id}.</source>
        <translation>Không có cuộc họp nào có mã {id}.</translation>
    </message>
    <message>
        <source>This data folder has no unit yet.</source>
        <translation>Thư mục dữ liệu này chưa có đơn vị.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Chapter meetings, joint meetings, briefings and committee meetings, with their attendance and minutes. The year plan shows which months had no meeting.</source>
        <translation>Sinh hoạt chi đoàn, sinh hoạt liên chi đoàn, giao ban và họp BCH, kèm điểm danh và biên bản. Bảng theo dõi năm cho biết tháng nào không có buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Year plan</source>
        <translation>Bảng theo dõi năm</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Thêm cuộc họp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>held</source>
        <translation>đã tổ chức</translation>
    </message>
    <message>
        <source>held, minutes in draft</source>
        <translation>đã tổ chức, biên bản còn là bản nháp</translation>
    </message>
    <message>
        <source>no meeting (a gap)</source>
        <translation>không sinh hoạt (bỏ trống)</translation>
    </message>
    <message>
        <source>Each cell counts the meetings by which the chapter met that month: its monthly and themed meetings (T: a themed one) and the joint meetings it hosted or took part in (J). Double-click a cell to open its meeting.</source>
        <translation>Mỗi ô đếm số buổi sinh hoạt của chi đoàn trong tháng: sinh hoạt chi đoàn định kỳ và sinh hoạt chuyên đề (CĐ: có buổi chuyên đề), cùng các buổi sinh hoạt liên chi đoàn mà chi đoàn đăng cai hoặc tham gia (LK). Nhấn đúp vào một ô để mở buổi sinh hoạt đó.</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Tất cả chi đoàn</translation>
    </message>
    <message>
        <source>{n} meetings, {drafts} with minutes still in draft</source>
        <translation>{n} cuộc họp, {drafts} cuộc họp có biên bản còn là bản nháp</translation>
    </message>
    <message>
        <source>These minutes are final. Open the meeting and reopen it for correction before moving it to the trash.</source>
        <translation>Biên bản này đã chốt. Hãy mở cuộc họp và chọn “Mở lại để sửa” trước khi chuyển vào thùng rác.</translation>
    </message>
    <message>
        <source>Move the meeting of {date} to the trash?</source>
        <translation>Chuyển cuộc họp ngày {date} vào thùng rác?</translation>
    </message>
</context>
<context>
    <name>MeetingsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Đoàn xã</translation>
    </message>
    <message>
        <source>{host} (host) + {others}</source>
        <translation>{host} (đăng cai) + {others}</translation>
    </message>
    <message>
        <source>{present}/{expected}</source>
        <translation>{present}/{expected}</translation>
    </message>
    <message>
        <source> +{n} guests</source>
        <translation> +{n} khách mời</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>Make a copy of the data now, and check it</source>
        <translation>Sao lưu dữ liệu ngay bây giờ và kiểm tra bản sao</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>Put the data back as it was in one of the backups</source>
        <translation>Đưa dữ liệu về như trong một bản sao lưu</translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation>&amp;Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;About doan-desktop</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Backup made and checked: {time}.</source>
        <translation>Đã tạo và kiểm tra bản sao lưu: {time}.</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <source>The folder could not be opened. Open it yourself: {path}</source>
        <translation>Không mở được thư mục. Hãy tự mở thư mục: {path}</translation>
    </message>
    <message>
        <source>Print the report of the period shown</source>
        <translation>In báo cáo của kỳ đang xem</translation>
    </message>
    <message>
        <source>Print the minutes of the meeting selected in the list</source>
        <translation>In biên bản của cuộc họp đang chọn trong danh sách</translation>
    </message>
    <message>
        <source>This page has nothing to print</source>
        <translation>Trang này không có gì để in</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Select a meeting in the list first, then print its minutes.</source>
        <translation>Hãy chọn một cuộc họp trong danh sách trước, rồi in biên bản của cuộc họp đó.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>&quot;Chi đoàn 3 có&quot;: a cadre, regular meetings and a youth work in each chapter, quarter by quarter. &quot;2 giao, 1 liên kết&quot;: two briefings a year with the chapter secretaries and a joint meeting every month, hosted in turn.</source>
        <translation>&quot;Chi đoàn 3 có&quot;: mỗi chi đoàn có cán bộ Đoàn, có sinh hoạt đều đặn và có công trình, phần việc thanh niên, đánh giá theo từng quý. &quot;2 giao, 1 liên kết&quot;: giao ban với Bí thư chi đoàn hai lần mỗi năm và sinh hoạt liên chi đoàn hằng tháng, các chi đoàn luân phiên đăng cai.</translation>
    </message>
    <message>
        <source>Chi đoàn 3 có</source>
        <translation>Chi đoàn 3 có</translation>
    </message>
    <message>
        <source>2 giao, 1 liên kết</source>
        <translation>2 giao, 1 liên kết</translation>
    </message>
    <message>
        <source>Chapters taking part</source>
        <translation>Chi đoàn tham gia</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Điều chỉnh…</translation>
    </message>
    <message>
        <source>Remove the override</source>
        <translation>Bỏ điều chỉnh</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Sinh hoạt</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Công trình, phần việc</translation>
    </message>
    <message>
        <source>3 có</source>
        <translation>3 có</translation>
    </message>
    <message>
        <source>Quarter {n}/{year}</source>
        <translation>Quý {n}/{year}</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ có</translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation>✗ không</translation>
    </message>
    <message>
        <source> (pilot)</source>
        <translation> (thí điểm)</translation>
    </message>
    <message>
        <source> (remote)</source>
        <translation> (vùng sâu, vùng xa)</translation>
    </message>
    <message>
        <source> (overridden)</source>
        <translation> (đã điều chỉnh)</translation>
    </message>
    <message>
        <source>{n} of {total} chapters taking part are &quot;3 có&quot;</source>
        <translation>{n}/{total} chi đoàn tham gia đạt &quot;3 có&quot;</translation>
    </message>
    <message>
        <source>No chapter takes part in this quarter: add them under Chapters taking part.</source>
        <translation>Chưa có chi đoàn nào tham gia trong quý này: hãy thêm chi đoàn ở thẻ Chi đoàn tham gia.</translation>
    </message>
    <message>
        <source>a meeting every month</source>
        <translation>mỗi tháng có ít nhất một buổi sinh hoạt</translation>
    </message>
    <message>
        <source>a meeting in the quarter</source>
        <translation>trong quý có ít nhất một buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Activity means {rule}; for remote chapters, {remote}. A month still running is not counted as missed.</source>
        <translation>Sinh hoạt đều đặn nghĩa là {rule}; với chi đoàn vùng sâu, vùng xa: {remote}. Tháng chưa kết thúc thì không bị tính là thiếu.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>Pilot chapter</source>
        <translation>Chi đoàn thí điểm</translation>
    </message>
    <message>
        <source>Remote: meets every quarter</source>
        <translation>Vùng sâu, vùng xa: sinh hoạt hằng quý</translation>
    </message>
    <message>
        <source>The quarter is not over: judged on the days so far</source>
        <translation>Quý chưa kết thúc: đánh giá theo số liệu đến nay</translation>
    </message>
    <message>
        <source>&quot;3 có&quot;: yes</source>
        <translation>&quot;3 có&quot;: đạt</translation>
    </message>
    <message>
        <source>&quot;3 có&quot;: no</source>
        <translation>&quot;3 có&quot;: chưa đạt</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>chưa ghi ngày</translation>
    </message>
    <message>
        <source>still in office</source>
        <translation>đến nay</translation>
    </message>
    <message>
        <source>{name}, {role}: {since} – {until}</source>
        <translation>{name}, {role}: {since} – {until}</translation>
    </message>
    <message>
        <source>(a) A cadre</source>
        <translation>(a) Có cán bộ Đoàn</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <source>{month}: not over yet</source>
        <translation>{month}: chưa kết thúc</translation>
    </message>
    <message>
        <source>(b) Regular activity</source>
        <translation>(b) Có sinh hoạt đều đặn</translation>
    </message>
    <message>
        <source>{name} ({state}, from {start})</source>
        <translation>{name} ({state}, từ {start})</translation>
    </message>
    <message>
        <source>(c) A youth work or task</source>
        <translation>(c) Có công trình, phần việc thanh niên</translation>
    </message>
    <message>
        <source>Go back to the result the records give for {chapter}?</source>
        <translation>Bỏ điều chỉnh và dùng lại kết quả tính theo dữ liệu đã ghi cho Chi đoàn {chapter}?</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Secretary or deputy</source>
        <translation>Bí thư hoặc Phó Bí thư</translation>
    </message>
    <message>
        <source>Came?</source>
        <translation>Có mặt?</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Đăng cai</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Last hosted</source>
        <translation>Lần đăng cai gần nhất</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Số lần</translation>
    </message>
    <message>
        <source>Host rotation: who hosts next</source>
        <translation>Luân phiên đăng cai: chi đoàn nào đăng cai tiếp theo</translation>
    </message>
    <message>
        <source>Proposed host of the joint meeting for {month}: {chapter}</source>
        <translation>Đề xuất đăng cai sinh hoạt liên chi đoàn tháng {month}: Chi đoàn {chapter}</translation>
    </message>
    <message>
        <source>No residential chapter has a secretary in office to host the joint meeting for {month}.</source>
        <translation>Không có chi đoàn địa bàn dân cư nào có Bí thư đương nhiệm để đăng cai sinh hoạt liên chi đoàn tháng {month}.</translation>
    </message>
    <message>
        <source>No active residential chapter to host.</source>
        <translation>Không có chi đoàn địa bàn dân cư nào đang hoạt động để đăng cai.</translation>
    </message>
    <message>
        <source>Not proposed to host: {chapters}. A chapter without a secretary in office has nobody to receive the other secretaries; record its secretary&apos;s office (Members and youth, Offices…) to bring it back into the rotation.</source>
        <translation>Không đề xuất đăng cai: {chapters}. Chi đoàn chưa có Bí thư đương nhiệm thì không có người đón tiếp Bí thư các chi đoàn khác; hãy ghi chức vụ Bí thư cho chi đoàn (Đoàn viên và thanh niên, Chức vụ…) để đưa chi đoàn trở lại lượt đăng cai.</translation>
    </message>
    <message>
        <source>Briefings with the chapter secretaries: {n} of 2 held</source>
        <translation>Giao ban với Bí thư chi đoàn: đã tổ chức {n}/2 lần</translation>
    </message>
    <message>
        <source>came</source>
        <translation>có mặt</translation>
    </message>
    <message>
        <source>absent with a reason</source>
        <translation>vắng có lý do</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>vắng không lý do</translation>
    </message>
    <message>
        <source>not on the list</source>
        <translation>không có trong danh sách</translation>
    </message>
    <message>
        <source>no secretary then</source>
        <translation>khi đó chưa có Bí thư</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>không tổ chức</translation>
    </message>
    <message>
        <source>not held yet</source>
        <translation>chưa tổ chức</translation>
    </message>
    <message>
        <source>{half}: {date}</source>
        <translation>{half}: {date}</translation>
    </message>
    <message>
        <source>{n} of {total} chapters came</source>
        <translation>{n}/{total} chi đoàn có mặt</translation>
    </message>
    <message>
        <source>Joint meetings: {n} of 12 months held</source>
        <translation>Sinh hoạt liên chi đoàn: đã tổ chức {n}/12 tháng</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>chưa ghi nhận</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa lần nào</translation>
    </message>
    <message>
        <source>Passed over: {chapter} has no secretary in office.</source>
        <translation>Bỏ qua lượt đăng cai: {chapter} chưa có Bí thư đương nhiệm.</translation>
    </message>
    <message>
        <source>Add a chapter…</source>
        <translation>Thêm chi đoàn…</translation>
    </message>
    <message>
        <source>End the participation…</source>
        <translation>Kết thúc tham gia…</translation>
    </message>
    <message>
        <source>Chapters meet</source>
        <translation>Chi đoàn sinh hoạt</translation>
    </message>
    <message>
        <source>Remote chapters meet</source>
        <translation>Chi đoàn vùng sâu, vùng xa sinh hoạt</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>hằng tháng</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>hằng quý</translation>
    </message>
    <message>
        <source>The model is tried in pilot chapters first, then extended to all. A chapter is judged in the quarters it takes part in.</source>
        <translation>Mô hình được thí điểm ở một số chi đoàn trước, sau đó nhân rộng ra tất cả các chi đoàn. Mỗi chi đoàn chỉ được đánh giá trong những quý có tham gia.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Thí điểm</translation>
    </message>
    <message>
        <source>still taking part</source>
        <translation>đang tham gia</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>thí điểm</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>at least {n} characters</source>
        <translation>ít nhất {n} ký tự</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Mật khẩu khóa mới</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Nhập lại mật khẩu khóa</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Mật khẩu khóa</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nhập lại</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai mật khẩu khóa không giống nhau.</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Offices of {name}</source>
        <translation>Chức vụ của {name}</translation>
    </message>
    <message>
        <source>No office recorded for this person.</source>
        <translation>Chưa ghi chức vụ nào cho người này.</translation>
    </message>
    <message>
        <source>End the term</source>
        <translation>Kết thúc nhiệm kỳ</translation>
    </message>
    <message>
        <source>Delete the entry…</source>
        <translation>Xóa mục…</translation>
    </message>
    <message>
        <source>For an office entered by mistake</source>
        <translation>Dành cho chức vụ nhập nhầm</translation>
    </message>
    <message>
        <source>Selected term ends on</source>
        <translation>Nhiệm kỳ đã chọn kết thúc ngày</translation>
    </message>
    <message>
        <source>Add an office</source>
        <translation>Thêm chức vụ</translation>
    </message>
    <message>
        <source>Commune committee</source>
        <translation>BCH Đoàn xã</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Thuộc</translation>
    </message>
    <message>
        <source>From *</source>
        <translation>Từ ngày *</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Type the date the term began.</source>
        <translation>Hãy nhập ngày bắt đầu nhiệm kỳ.</translation>
    </message>
    <message>
        <source>Sitting secretary</source>
        <translation>Bí thư đương nhiệm</translation>
    </message>
    <message>
        <source>The office could not be saved; nothing was changed. ({detail})</source>
        <translation>Không lưu được chức vụ; chưa có gì thay đổi. ({detail})</translation>
    </message>
    <message>
        <source>Type the date the term ended.</source>
        <translation>Hãy nhập ngày kết thúc nhiệm kỳ.</translation>
    </message>
    <message>
        <source>The term could not be ended; nothing was changed. ({detail})</source>
        <translation>Không kết thúc được nhiệm kỳ; chưa có gì thay đổi. ({detail})</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <source>Delete the entry “{role}” of {name}? Do this only for an entry made by mistake; to record that a term is over, give it an end date instead.</source>
        <translation>Xóa mục “{role}” của {name}? Chỉ làm việc này với mục nhập nhầm; để ghi nhận nhiệm kỳ đã kết thúc, hãy nhập ngày kết thúc.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Chưa xóa</translation>
    </message>
    <message>
        <source>The entry could not be deleted: {detail}</source>
        <translation>Không xóa được mục này: {detail}</translation>
    </message>
</context>
<context>
    <name>OfficesTableModel</name>
    <message>
        <source>Office</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Thuộc</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Commune committee</source>
        <translation>BCH Đoàn xã</translation>
    </message>
    <message>
        <source>in office</source>
        <translation>đương nhiệm</translation>
    </message>
</context>
<context>
    <name>OutgoingTab</name>
    <message>
        <source>Where to write the receipts</source>
        <translation>Nơi ghi các phiếu phản hồi</translation>
    </message>
    <message>
        <source>No signing key yet</source>
        <translation>Chưa có khóa ký</translation>
    </message>
    <message>
        <source>What this office sends to the communes is signed with its key, which it does not have yet. Make it now? Then send its registration file and fingerprint sheet to every commune, so that they trust it.</source>
        <translation>Những gì đơn vị gửi xuống các xã được ký bằng khóa của đơn vị, mà đơn vị chưa có khóa. Tạo khóa ngay bây giờ? Sau đó hãy gửi tệp đăng ký khóa và phiếu dấu vân tay khóa cho mọi xã để các xã tin cậy khóa.</translation>
    </message>
    <message>
        <source>Receipts to the communes</source>
        <translation>Phiếu phản hồi gửi các xã</translation>
    </message>
    <message>
        <source>For each commune, one signed file saying which of its files of the period were received and which were refused, why, and what it should do. Only the files not answered yet go into new receipts.</source>
        <translation>Mỗi xã một tệp có chữ ký, cho biết những tệp nào của xã trong kỳ đã được nhận, những tệp nào bị từ chối, vì sao và xã cần làm gì. Chỉ những tệp chưa được phản hồi mới được đưa vào phiếu mới.</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>&amp;Write receipts…</source>
        <translation>&amp;Ghi phiếu phản hồi…</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Ngày ghi</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Circulars</source>
        <translation>Công văn</translation>
    </message>
    <message>
        <source>The indicator list and the deadlines of coming periods, for every commune.</source>
        <translation>Danh mục chỉ tiêu và hạn nộp báo cáo của các kỳ tới, cho mọi xã.</translation>
    </message>
    <message>
        <source>&amp;Publish a circular…</source>
        <translation>&amp;Phát hành công văn…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ kỳ</translation>
    </message>
    <message>
        <source>List version</source>
        <translation>Phiên bản danh mục</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <source>{files} files of {period} are not answered yet, from {communes} communes.</source>
        <translation>{files} tệp của kỳ {period} chưa được phản hồi, của {communes} xã.</translation>
    </message>
    <message>
        <source>Every file of {period} received so far is answered.</source>
        <translation>Mọi tệp của kỳ {period} nhận được đến nay đều đã được phản hồi.</translation>
    </message>
    <message>
        <source>{n} refused files name no commune or report and cannot be answered.</source>
        <translation>{n} tệp bị từ chối không ghi rõ xã hay báo cáo nên không thể phản hồi.</translation>
    </message>
    <message>
        <source>{accepted} received, {refused} refused</source>
        <translation>{accepted} được nhận, {refused} bị từ chối</translation>
    </message>
    <message>
        <source>Type the passphrase of the office&apos;s key to sign the receipts for {period}.</source>
        <translation>Hãy nhập mật khẩu khóa của đơn vị để ký các phiếu phản hồi kỳ {period}.</translation>
    </message>
    <message>
        <source>Receipts not written</source>
        <translation>Chưa ghi phiếu phản hồi</translation>
    </message>
    <message>
        <source>The receipts were not written: {reason}</source>
        <translation>Các phiếu phản hồi chưa được ghi: {reason}</translation>
    </message>
    <message>
        <source>{commune}: receipt No. {n} ({accepted} received, {refused} refused)</source>
        <translation>{commune}: phiếu phản hồi số {n} ({accepted} được nhận, {refused} bị từ chối)</translation>
    </message>
    <message>
        <source>Receipts written</source>
        <translation>Đã ghi phiếu phản hồi</translation>
    </message>
    <message>
        <source>{count} receipts written to {folder}:</source>
        <translation>Đã ghi {count} phiếu phản hồi vào {folder}:</translation>
    </message>
    <message>
        <source>Send each commune its own file (PH_&lt;commune&gt;_…zip).</source>
        <translation>Hãy gửi cho mỗi xã đúng tệp của xã đó (PH_&lt;xã&gt;_…zip).</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override the result</source>
        <translation>Điều chỉnh kết quả</translation>
    </message>
    <message>
        <source>The records say {chapter} meets the three criteria in {period}.</source>
        <translation>Theo dữ liệu đã ghi, Chi đoàn {chapter} đạt đủ ba tiêu chí trong kỳ {period}.</translation>
    </message>
    <message>
        <source>The records say {chapter} does not meet the three criteria in {period}.</source>
        <translation>Theo dữ liệu đã ghi, Chi đoàn {chapter} chưa đạt đủ ba tiêu chí trong kỳ {period}.</translation>
    </message>
    <message>
        <source>Count it as &quot;3 có&quot;</source>
        <translation>Tính là đạt &quot;3 có&quot;</translation>
    </message>
    <message>
        <source>Do not count it as &quot;3 có&quot;</source>
        <translation>Không tính là đạt &quot;3 có&quot;</translation>
    </message>
    <message>
        <source>Reason (required; it shows wherever the result appears)</source>
        <translation>Lý do (bắt buộc; được hiển thị ở mọi nơi có kết quả này)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Chapter, or a guest&apos;s title</source>
        <translation>Chi đoàn, hoặc chức danh của khách mời</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>Số giấy chứng nhận</translation>
    </message>
    <message>
        <source>Guest: {title}</source>
        <translation>Khách mời: {title}</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <source>Only someone who completed the training has a certificate</source>
        <translation>Chỉ người đã hoàn thành lớp tập huấn mới có giấy chứng nhận</translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <source>A pilot chapter</source>
        <translation>Chi đoàn thí điểm</translation>
    </message>
    <message>
        <source>A chapter takes part</source>
        <translation>Thêm chi đoàn tham gia mô hình</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Taking part since</source>
        <translation>Tham gia từ ngày</translation>
    </message>
    <message>
        <source>End the participation</source>
        <translation>Kết thúc tham gia mô hình</translation>
    </message>
    <message>
        <source>Last day taking part</source>
        <translation>Ngày cuối cùng tham gia</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Mật khẩu khóa ký</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Mật khẩu khóa</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ký</translation>
    </message>
</context>
<context>
    <name>PeopleListField</name>
    <message>
        <source>Add a person: type part of a name</source>
        <translation>Thêm người: gõ một phần của tên</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Take the selected people off the list</source>
        <translation>Bỏ những người đã chọn khỏi danh sách</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search by name, phone or citizen ID</source>
        <translation>Tìm theo tên, số điện thoại hoặc số CCCD</translation>
    </message>
    <message>
        <source>Type part of a name without accents if you like: “nguyen van an”.</source>
        <translation>Có thể gõ một phần của tên, không cần dấu: “nguyen van an”.</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Members or youth</source>
        <translation>Đoàn viên hay thanh niên</translation>
    </message>
    <message>
        <source>Members and youth</source>
        <translation>Đoàn viên và thanh niên</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Chỉ đoàn viên</translation>
    </message>
    <message>
        <source>Youth only</source>
        <translation>Chỉ thanh niên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả tình trạng</translation>
    </message>
    <message>
        <source>Counted here now</source>
        <translation>Đang quản lý tại đơn vị</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Add a member or a youth (Ctrl+N)</source>
        <translation>Thêm đoàn viên hoặc thanh niên (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Open the selected person (Enter or double-click)</source>
        <translation>Mở hồ sơ người đã chọn (Enter hoặc nhấp đúp)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Move the selected person to the trash (Delete key); it can be restored</source>
        <translation>Chuyển người đã chọn vào thùng rác (phím Delete); có thể khôi phục lại</translation>
    </message>
    <message>
        <source>Offices…</source>
        <translation>Chức vụ…</translation>
    </message>
    <message>
        <source>Offices held by the selected person</source>
        <translation>Các chức vụ của người đã chọn</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Quá trình</translation>
    </message>
    <message>
        <source>The selected person&apos;s meetings and trainings</source>
        <translation>Các cuộc họp và lớp tập huấn của người đã chọn</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Add or update people from an .xlsx or .csv file</source>
        <translation>Thêm hoặc cập nhật đoàn viên, thanh niên từ tệp .xlsx hoặc .csv</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Write the member list (the chapter chosen above, or all) to a file</source>
        <translation>Ghi danh sách đoàn viên, thanh niên (của chi đoàn đã chọn ở trên, hoặc tất cả) ra tệp</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Tất cả chi đoàn</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (ngừng hoạt động)</translation>
    </message>
    <message>
        <source>(No chapter)</source>
        <translation>(Chưa thuộc chi đoàn)</translation>
    </message>
    <message>
        <source>{total} people — {members} members, {youth} youth</source>
        <translation>{total} người — {members} đoàn viên, {youth} thanh niên</translation>
    </message>
    <message>
        <source>{counts}, including {left} who have left (counted here now: {now})</source>
        <translation>{counts}, gồm cả {left} người đã rời đi (đang quản lý tại đơn vị: {now})</translation>
    </message>
    <message>
        <source>Those who have left are transferred out, aged out, removed or deceased; the overview, the chapters and the report count only the people counted here now.</source>
        <translation>Người đã rời đi là người đã chuyển sinh hoạt đi, trưởng thành Đoàn, bị xóa tên hoặc từ trần; trang Tổng quan, trang Chi đoàn và báo cáo chỉ tính những người đang quản lý tại đơn vị.</translation>
    </message>
    <message>
        <source>{counts} (of {all} in the roster)</source>
        <translation>{counts} (trong tổng số {all} người trong danh sách)</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Move {name} to the trash? The record can be restored from the Trash page.</source>
        <translation>Chuyển {name} vào thùng rác? Có thể khôi phục hồ sơ từ trang Thùng rác.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Chưa xóa</translation>
    </message>
    <message>
        <source>The person could not be moved to the trash: {detail}</source>
        <translation>Không chuyển được người này vào thùng rác: {detail}</translation>
    </message>
</context>
<context>
    <name>PeoplePickModel</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Member or youth</source>
        <translation>Đoàn viên hay thanh niên</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Thanh niên</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Chức vụ</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Member / youth</source>
        <translation>ĐV / TN</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Thanh niên</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>New member or youth</source>
        <translation>Thêm đoàn viên, thanh niên</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Nhân thân</translation>
    </message>
    <message>
        <source>Union membership</source>
        <translation>Thông tin Đoàn</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Lý lịch</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* bắt buộc</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Thông tin cá nhân</translation>
    </message>
    <message>
        <source>family, middle and given name: Nguyễn Văn An</source>
        <translation>họ, tên đệm và tên: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Leave empty when the given name is the last word. Fill it in when it is not (for example Phôn in Y Phôn Ksơr): the roster is sorted by it.</source>
        <translation>Để trống nếu tên là từ cuối cùng của họ và tên. Điền vào nếu không phải (ví dụ Phôn trong Y Phôn Ksơr): danh sách được sắp xếp theo tên này.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <source>Citizen ID (CCCD)</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>10 digits, for example 0912345678</source>
        <translation>10 chữ số, ví dụ: 0912345678</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>In the roster</source>
        <translation>Trong danh sách</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Union member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Youth (not a Union member)</source>
        <translation>Thanh niên (chưa là đoàn viên)</translation>
    </message>
    <message>
        <source>Member or youth *</source>
        <translation>Đoàn viên hay thanh niên *</translation>
    </message>
    <message>
        <source>Status *</source>
        <translation>Tình trạng *</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Kết nạp</translation>
    </message>
    <message>
        <source>Date of admission</source>
        <translation>Ngày vào Đoàn</translation>
    </message>
    <message>
        <source>the chapter or school where admitted</source>
        <translation>chi đoàn hoặc trường nơi được kết nạp</translation>
    </message>
    <message>
        <source>Place of admission</source>
        <translation>Nơi vào Đoàn</translation>
    </message>
    <message>
        <source>Member card number</source>
        <translation>Số thẻ đoàn viên</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Đảng</translation>
    </message>
    <message>
        <source>Member of the Communist Party of Vietnam</source>
        <translation>Là đảng viên Đảng Cộng sản Việt Nam</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>This person is recorded as a youth, not a Union member: no admission details.</source>
        <translation>Người này được ghi là thanh niên, chưa là đoàn viên: không có thông tin kết nạp.</translation>
    </message>
    <message>
        <source>Origin and residence</source>
        <translation>Quê quán và nơi ở</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Tên gọi khác</translation>
    </message>
    <message>
        <source>Home town</source>
        <translation>Quê quán</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>Nơi ở hiện nay</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Nghề nghiệp và trình độ</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <source>for example 12/12</source>
        <translation>ví dụ: 12/12</translation>
    </message>
    <message>
        <source>General education</source>
        <translation>Trình độ văn hóa</translation>
    </message>
    <message>
        <source>Professional qualification</source>
        <translation>Trình độ chuyên môn</translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The result of the annual assessment, one line per year.</source>
        <translation>Kết quả đánh giá, xếp loại hằng năm, mỗi năm một dòng.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Thang xếp loại</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Current scale (since 2019)</source>
        <translation>Thang hiện hành (từ năm 2019)</translation>
    </message>
    <message>
        <source>Older scale</source>
        <translation>Thang cũ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Bỏ dòng đã chọn</translation>
    </message>
    <message>
        <source>(No chapter)</source>
        <translation>(Chưa thuộc chi đoàn)</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (ngừng hoạt động)</translation>
    </message>
    <message>
        <source>{name} — edit</source>
        <translation>{name} — sửa</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Hãy sửa các trường đánh dấu đỏ trước.</translation>
    </message>
    <message>
        <source>empty: “{word}”</source>
        <translation>để trống: “{word}”</translation>
    </message>
    <message>
        <source>The result for {year} was replaced.</source>
        <translation>Kết quả năm {year} đã được thay thế.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>The person could not be saved; nothing was changed. ({detail})</source>
        <translation>Không lưu được thông tin người này; chưa có gì thay đổi. ({detail})</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Close the form without saving the changes you typed?</source>
        <translation>Đóng biểu mẫu mà không lưu các thay đổi đã nhập?</translation>
    </message>
</context>
<context>
    <name>PersonHistoryDialog</name>
    <message>
        <source>History of {name}</source>
        <translation>Quá trình của {name}</translation>
    </message>
    <message>
        <source>Present at {present} of {meetings} meetings; took part in {took} of {trainings} trainings listed.</source>
        <translation>Có mặt {present}/{meetings} cuộc họp; tham gia {took}/{trainings} lớp tập huấn được liệt kê.</translation>
    </message>
    <message>
        <source>Meetings ({n})</source>
        <translation>Cuộc họp ({n})</translation>
    </message>
    <message>
        <source>Trainings ({n})</source>
        <translation>Tập huấn ({n})</translation>
    </message>
</context>
<context>
    <name>PersonMeetingsModel</name>
    <message>
        <source>Commune</source>
        <translation>Đoàn xã</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Add from the roster</source>
        <translation>Thêm từ danh sách</translation>
    </message>
    <message>
        <source>Search by name, chapter or office…</source>
        <translation>Tìm theo tên, chi đoàn hoặc chức vụ…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>{shown} of {total} people shown; {chosen} chosen</source>
        <translation>Đang hiện {shown}/{total} người; đã chọn {chosen}</translation>
    </message>
    <message>
        <source>Type part of a name, then pick from the list</source>
        <translation>Gõ một phần của tên, rồi chọn trong danh sách</translation>
    </message>
</context>
<context>
    <name>PersonTrainingsModel</name>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Giấy chứng nhận</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — {name}</source>
        <translation>Xem trước bản in — {name}</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>Lưu thành Word…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>This document cannot be shown.</source>
        <translation>Không hiển thị được tài liệu này.</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <source>width</source>
        <translation>vừa chiều rộng</translation>
    </message>
    <message>
        <source>page</source>
        <translation>cả trang</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Đã gửi tới máy in.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and connected.</source>
        <translation>Không khởi động được máy in. Hãy kiểm tra máy in đã bật và đã được kết nối.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Could not save {path}: {detail}. Choose another folder or name.</source>
        <translation>Không lưu được {path}: {detail}. Hãy chọn thư mục hoặc tên khác.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Đã lưu {path}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>Lưu thành Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>The Word file could not be made: {detail}</source>
        <translation>Không tạo được tệp Word: {detail}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reopen for correction</source>
        <translation>Mở lại để sửa</translation>
    </message>
    <message>
        <source>The minutes go back to draft so they can be corrected. Say what is being corrected and why; it is kept with the meeting.</source>
        <translation>Biên bản sẽ trở về bản nháp để sửa. Hãy ghi nội dung cần sửa và lý do; thông tin này được lưu cùng cuộc họp.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>Export the report again and send the file exactly as the program wrote it, without opening, renaming inside or repacking it.</source>
        <translation>Hãy xuất lại báo cáo và gửi đúng tệp do chương trình tạo ra, không mở, không đổi tên bên trong, không nén lại.</translation>
    </message>
    <message>
        <source>Send the file again exactly as the program wrote it; if it is refused the same way, send it by another way (it may have been changed on the way).</source>
        <translation>Hãy gửi lại đúng tệp do chương trình tạo ra; nếu vẫn bị từ chối như vậy, hãy gửi bằng cách khác (tệp có thể đã bị thay đổi trên đường gửi).</translation>
    </message>
    <message>
        <source>Ask the superior office which version of the program it uses; once both offices use the same version, send the report again.</source>
        <translation>Hãy hỏi Đoàn cấp trên đang dùng phiên bản chương trình nào; khi hai đơn vị dùng cùng phiên bản, hãy gửi lại báo cáo.</translation>
    </message>
    <message>
        <source>Send a correction (report export --correction).</source>
        <translation>Hãy gửi báo cáo điều chỉnh (report export --correction).</translation>
    </message>
    <message>
        <source>Send the report file the program wrote (BC_….zip), not another document.</source>
        <translation>Hãy gửi đúng tệp báo cáo do chương trình tạo ra (BC_….zip), không gửi tài liệu khác.</translation>
    </message>
    <message>
        <source>Send the file the program wrote, without putting a password on it.</source>
        <translation>Hãy gửi đúng tệp do chương trình tạo ra, không đặt mật khẩu cho tệp.</translation>
    </message>
    <message>
        <source>Send the report file (BC_….zip), not a receipt or a circular.</source>
        <translation>Hãy gửi tệp báo cáo (BC_….zip), không gửi phiếu phản hồi hay công văn.</translation>
    </message>
    <message>
        <source>Send the superior office this office&apos;s key registration file and its signed fingerprint sheet (Settings › Signing key), then send the report again once the superior office trusts the key.</source>
        <translation>Hãy gửi Đoàn cấp trên tệp đăng ký khóa của đơn vị và phiếu dấu vân tay khóa đã ký (Cài đặt › Khóa ký), rồi gửi lại báo cáo khi cấp trên đã tin cậy khóa.</translation>
    </message>
    <message>
        <source>Replace the signing key (Settings › Signing key), send the new registration with its paper sheet, and send the report again once the new key is registered.</source>
        <translation>Hãy thay khóa ký (Cài đặt › Khóa ký), gửi tệp đăng ký khóa mới kèm phiếu giấy, và gửi lại báo cáo khi khóa mới đã được đăng ký.</translation>
    </message>
    <message>
        <source>Export the report again (it is signed with the current key) and send the new key registration if the superior office has not trusted it yet.</source>
        <translation>Hãy xuất lại báo cáo (báo cáo được ký bằng khóa đang dùng) và gửi tệp đăng ký khóa mới nếu Đoàn cấp trên chưa tin cậy khóa đó.</translation>
    </message>
    <message>
        <source>Send only this office&apos;s own reports, signed with its own key.</source>
        <translation>Chỉ gửi báo cáo của chính đơn vị, ký bằng khóa của đơn vị.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and the period of the report, then send it again.</source>
        <translation>Hãy kiểm tra ngày giờ của máy tính này và kỳ của báo cáo, rồi gửi lại.</translation>
    </message>
    <message>
        <source>Set the superior office correctly in Settings, then send a correction (report export --correction).</source>
        <translation>Hãy đặt đúng Đoàn cấp trên trong Cài đặt, rồi gửi báo cáo điều chỉnh (report export --correction).</translation>
    </message>
    <message>
        <source>Nothing is lost: the newer report the superior office holds counts. If the figures changed since, send a correction (report export --correction).</source>
        <translation>Không mất gì cả: báo cáo mới hơn mà Đoàn cấp trên đang giữ vẫn có giá trị. Nếu số liệu đã thay đổi từ đó, hãy gửi báo cáo điều chỉnh (report export --correction).</translation>
    </message>
    <message>
        <source>Tell the superior office which file is genuine; if this office&apos;s data were restored from a backup, send a correction (report export --correction).</source>
        <translation>Hãy báo Đoàn cấp trên tệp nào là bản thật; nếu dữ liệu của đơn vị đã được khôi phục từ bản sao lưu, hãy gửi báo cáo điều chỉnh (report export --correction).</translation>
    </message>
    <message>
        <source>If the figures changed, send a correction (report export --correction), which names the report it replaces.</source>
        <translation>Nếu số liệu đã thay đổi, hãy gửi báo cáo điều chỉnh (report export --correction), báo cáo này ghi rõ báo cáo mà nó thay thế.</translation>
    </message>
    <message>
        <source>Send a correction of the latest report for the period (report export --correction).</source>
        <translation>Hãy gửi báo cáo điều chỉnh cho báo cáo mới nhất của kỳ (report export --correction).</translation>
    </message>
    <message>
        <source>Send the report file again.</source>
        <translation>Hãy gửi lại tệp báo cáo.</translation>
    </message>
    <message>
        <source>Receipts are written by a superior office for its communes; this data folder is a commune office&apos;s.</source>
        <translation>Phiếu phản hồi do Đoàn cấp trên ghi cho các xã; thư mục dữ liệu này là của Đoàn xã.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Thư mục {path} không tồn tại.</translation>
    </message>
    <message>
        <source>{problem} No receipt was written.</source>
        <translation>{problem} Chưa ghi phiếu phản hồi nào.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Type the date as dd/mm/yyyy, for example 05/02/2026.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy, ví dụ 05/02/2026.</translation>
    </message>
    <message>
        <source>Save becomes available once the fields marked * are filled in correctly.</source>
        <translation>Nút Lưu sẽ dùng được khi các trường đánh dấu * đã được điền đúng.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Chưa lưu được: {reason}</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Đóng mà không lưu</translation>
    </message>
    <message>
        <source>The changes are not saved. Close and lose them?</source>
        <translation>Các thay đổi chưa được lưu. Đóng và bỏ các thay đổi này?</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Search (diacritics optional)</source>
        <translation>Tìm kiếm (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>Move {what} to the trash?</source>
        <translation>Chuyển {what} vào thùng rác?</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Type the date as dd/mm/yyyy, for example 05/02/2026.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy, ví dụ 05/02/2026.</translation>
    </message>
    <message>
        <source>Type a whole number, for example 1200 or 1.200.</source>
        <translation>Hãy nhập một số nguyên, ví dụ 1200 hoặc 1.200.</translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation>Giá trị không thể là số âm.</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>Số này quá lớn.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The database {path} is missing.</source>
        <translation>Không tìm thấy cơ sở dữ liệu {path}.</translation>
    </message>
    <message>
        <source>The database {path} has no data: {reason}.</source>
        <translation>Cơ sở dữ liệu {path} không có dữ liệu: {reason}.</translation>
    </message>
    <message>
        <source>The database {path} cannot be used: {reason}.</source>
        <translation>Không dùng được cơ sở dữ liệu {path}: {reason}.</translation>
    </message>
    <message>
        <source>A damaged copy was set aside as {name} (nothing was deleted).</source>
        <translation>Bản bị hỏng đã được cất riêng thành {name} (không có gì bị xóa).</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The data is missing or damaged</source>
        <translation>Dữ liệu bị mất hoặc hỏng</translation>
    </message>
    <message>
        <source>Your records are not lost if a backup holds them. Restore the backup below to continue where it was made; nothing in the data folder is deleted.</source>
        <translation>Hồ sơ của bạn chưa mất nếu còn nằm trong một bản sao lưu. Hãy khôi phục bản sao lưu dưới đây để làm tiếp từ lúc bản đó được tạo; không có gì trong thư mục dữ liệu bị xóa.</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Thời điểm tạo:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Số người:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Thay đổi gần nhất:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}. Choose a backup kept elsewhere (a USB stick, another computer), or start a new office.</source>
        <translation>Không tìm thấy bản sao lưu dùng được trong {folder}. Hãy chọn một bản sao lưu được giữ ở nơi khác (USB, máy tính khác), hoặc thiết lập đơn vị mới.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Khôi phục bản sao lưu này</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>Chọn bản sao lưu khác…</translation>
    </message>
    <message>
        <source>Start a new office…</source>
        <translation>Thiết lập đơn vị mới…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>The backup you chose</source>
        <translation>Bản sao lưu bạn đã chọn</translation>
    </message>
    <message>
        <source>The newest good backup</source>
        <translation>Bản sao lưu dùng được mới nhất</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Chọn bản sao lưu</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Bản sao lưu (*.sqlite3);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {reason}. Choose another file.</source>
        <translation>Không thể khôi phục {name}: {reason}. Hãy chọn tệp khác.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {detail}</source>
        <translation>Không đọc được {name}: {detail}</translation>
    </message>
    <message>
        <source>Start a new office with no records? The setup assistant opens next. The backups and any damaged copy stay in {folder}: a backup can still be restored later in Settings → Backups.</source>
        <translation>Thiết lập đơn vị mới, chưa có hồ sơ nào? Phần thiết lập sẽ mở ngay sau đây. Các bản sao lưu và bản bị hỏng (nếu có) vẫn nằm trong {folder}: sau này vẫn có thể khôi phục một bản sao lưu trong Cài đặt → Bản sao lưu.</translation>
    </message>
    <message>
        <source>Start a new office</source>
        <translation>Thiết lập đơn vị mới</translation>
    </message>
    <message>
        <source>The old file could not be moved aside: {detail}</source>
        <translation>Không cất riêng được tệp cũ: {detail}</translation>
    </message>
</context>
<context>
    <name>RepliesBox</name>
    <message>
        <source>Receive replies from the superior office</source>
        <translation>Nhận phản hồi của Đoàn cấp trên</translation>
    </message>
    <message>
        <source>Receipts and circulars (*.zip);;All files (*)</source>
        <translation>Phiếu phản hồi và công văn (*.zip);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The superior office&apos;s key registration file</source>
        <translation>Tệp đăng ký khóa của Đoàn cấp trên</translation>
    </message>
    <message>
        <source>Key registration (*.json);;All files (*)</source>
        <translation>Tệp đăng ký khóa (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>From the superior office</source>
        <translation>Từ Đoàn cấp trên</translation>
    </message>
    <message>
        <source>Receive replies…</source>
        <translation>Nhận phản hồi…</translation>
    </message>
    <message>
        <source>Import a receipt (whether the superior office received the report) or a circular (the indicators and deadlines); files can also be dropped on this page</source>
        <translation>Nhập phiếu phản hồi (Đoàn cấp trên đã nhận báo cáo hay chưa) hoặc công văn (chỉ tiêu và hạn nộp); cũng có thể kéo thả tệp vào trang này</translation>
    </message>
    <message>
        <source>Trust the superior&apos;s key…</source>
        <translation>Tin cậy khóa cấp trên…</translation>
    </message>
    <message>
        <source>Import the superior office&apos;s key registration and type the fingerprint from its paper sheet</source>
        <translation>Nhập tệp đăng ký khóa của Đoàn cấp trên và gõ dấu vân tay khóa từ phiếu giấy của cấp trên</translation>
    </message>
    <message>
        <source>The superior office&apos;s key is not trusted yet: its receipts and circulars cannot be imported until it is.</source>
        <translation>Chưa tin cậy khóa của Đoàn cấp trên: chưa nhập được phiếu phản hồi và công văn của cấp trên cho đến khi tin cậy khóa.</translation>
    </message>
    <message>
        <source>Trusted key of {name}: {key}</source>
        <translation>Khóa đang tin cậy của {name}: {key}</translation>
    </message>
    <message>
        <source>{file}: not imported ({reason})</source>
        <translation>{file}: chưa nhập ({reason})</translation>
    </message>
    <message>
        <source>Replies from the superior office</source>
        <translation>Phản hồi của Đoàn cấp trên</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Bị từ chối:</translation>
    </message>
    <message>
        <source>Trust the superior office&apos;s key</source>
        <translation>Tin cậy khóa của Đoàn cấp trên</translation>
    </message>
    <message>
        <source>{name} ({code}) is already trusted with this key.</source>
        <translation>{name} ({code}) đã được tin cậy với khóa này từ trước.</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>a report file</source>
        <translation>một tệp báo cáo</translation>
    </message>
    <message>
        <source>a receipt from the superior office</source>
        <translation>một phiếu phản hồi của Đoàn cấp trên</translation>
    </message>
    <message>
        <source>a circular from the superior office</source>
        <translation>một công văn của Đoàn cấp trên</translation>
    </message>
    <message>
        <source>The file is larger than any report can be.</source>
        <translation>Tệp lớn hơn mức tối đa của một báo cáo.</translation>
    </message>
    <message>
        <source>The file is not a report file (not a ZIP archive).</source>
        <translation>Tệp không phải là tệp báo cáo (không phải tệp ZIP).</translation>
    </message>
    <message>
        <source>The file is password-protected; report files never are.</source>
        <translation>Tệp có đặt mật khẩu; tệp báo cáo không bao giờ có mật khẩu.</translation>
    </message>
    <message>
        <source>The file holds a member with a folder path in its name.</source>
        <translation>Tệp chứa một thành phần có đường dẫn thư mục trong tên.</translation>
    </message>
    <message>
        <source>The file holds the same member twice.</source>
        <translation>Tệp chứa cùng một thành phần hai lần.</translation>
    </message>
    <message>
        <source>The file lacks a required member ({detail}).</source>
        <translation>Tệp thiếu một thành phần bắt buộc ({detail}).</translation>
    </message>
    <message>
        <source>The file holds a member that does not belong in a report ({detail}).</source>
        <translation>Tệp chứa một thành phần không thuộc về báo cáo ({detail}).</translation>
    </message>
    <message>
        <source>A member of the file is larger than allowed ({detail}).</source>
        <translation>Một thành phần của tệp lớn hơn mức cho phép ({detail}).</translation>
    </message>
    <message>
        <source>A member of the file expands far beyond its size (a &apos;zip bomb&apos;).</source>
        <translation>Một thành phần của tệp khi giải nén lớn hơn rất nhiều so với kích thước của nó (một &apos;bom zip&apos;).</translation>
    </message>
    <message>
        <source>The archive&apos;s structure was altered after it was written.</source>
        <translation>Cấu trúc tệp nén đã bị sửa đổi sau khi được tạo.</translation>
    </message>
    <message>
        <source>The file is damaged: a member cannot be read ({detail}).</source>
        <translation>Tệp bị hỏng: không đọc được một thành phần ({detail}).</translation>
    </message>
    <message>
        <source>The file is {detail}, not {expected}: it is not opened here.</source>
        <translation>Tệp này là {detail}, không phải {expected}: không mở ở đây.</translation>
    </message>
    <message>
        <source>A member is not valid JSON ({detail}).</source>
        <translation>Một thành phần của tệp không phải JSON hợp lệ ({detail}).</translation>
    </message>
    <message>
        <source>A member is not in canonical JSON form ({detail}); it was altered.</source>
        <translation>Một thành phần của tệp không ở dạng JSON chuẩn tắc ({detail}); tệp đã bị sửa đổi.</translation>
    </message>
    <message>
        <source>A member repeats a JSON key ({detail}).</source>
        <translation>Một thành phần của tệp lặp lại một khóa JSON ({detail}).</translation>
    </message>
    <message>
        <source>A member holds NaN or Infinity ({detail}).</source>
        <translation>Một thành phần của tệp chứa giá trị NaN hoặc Infinity ({detail}).</translation>
    </message>
    <message>
        <source>A member holds a fractional number; values travel as integers or decimal text ({detail}).</source>
        <translation>Một thành phần của tệp chứa số thực; số liệu chỉ được ghi dưới dạng số nguyên hoặc chuỗi số thập phân ({detail}).</translation>
    </message>
    <message>
        <source>A member holds an integer too large to be exact ({detail}).</source>
        <translation>Một thành phần của tệp chứa số nguyên quá lớn, không giữ được chính xác ({detail}).</translation>
    </message>
    <message>
        <source>The signature is malformed.</source>
        <translation>Chữ ký không đúng định dạng.</translation>
    </message>
    <message>
        <source>The file is signed with a key that is not trusted here. Import the commune&apos;s key registration first.</source>
        <translation>Tệp được ký bằng một khóa chưa được tin cậy tại đây. Hãy nhập tệp đăng ký khóa của xã trước.</translation>
    </message>
    <message>
        <source>The file is signed with a key that has been revoked.</source>
        <translation>Tệp được ký bằng một khóa đã bị thu hồi.</translation>
    </message>
    <message>
        <source>The file is signed with a key the commune stopped using on {detail}, and it was made after that.</source>
        <translation>Tệp được ký bằng khóa mà xã đã ngừng sử dụng từ ngày {detail}, và tệp được lập sau ngày đó.</translation>
    </message>
    <message>
        <source>The file claims to come from {detail}, but it is signed with another unit&apos;s key.</source>
        <translation>Tệp ghi là của {detail} nhưng được ký bằng khóa của một đơn vị khác.</translation>
    </message>
    <message>
        <source>The signature does not match: the file was altered or not signed by this key.</source>
        <translation>Chữ ký không khớp: tệp đã bị sửa đổi hoặc không được ký bằng khóa này.</translation>
    </message>
    <message>
        <source>The signed comment does not match the file&apos;s manifest.</source>
        <translation>Ghi chú đã ký không khớp với bản kê của tệp.</translation>
    </message>
    <message>
        <source>A member&apos;s content does not match the signed manifest ({detail}): it was altered.</source>
        <translation>Nội dung một thành phần không khớp với bản kê đã ký ({detail}): tệp đã bị sửa đổi.</translation>
    </message>
    <message>
        <source>The file&apos;s contents do not follow the report format ({detail}).</source>
        <translation>Nội dung tệp không theo đúng định dạng báo cáo ({detail}).</translation>
    </message>
    <message>
        <source>The file reports an unknown indicator ({detail}).</source>
        <translation>Tệp báo cáo một chỉ tiêu không xác định ({detail}).</translation>
    </message>
    <message>
        <source>The period is not valid ({detail}).</source>
        <translation>Kỳ báo cáo không hợp lệ ({detail}).</translation>
    </message>
    <message>
        <source>The period {detail} has not started yet.</source>
        <translation>Kỳ {detail} chưa bắt đầu.</translation>
    </message>
    <message>
        <source>The manifest and the payload disagree on {detail}.</source>
        <translation>Bản kê và phần số liệu không thống nhất về {detail}.</translation>
    </message>
    <message>
        <source>The file is addressed to another office ({detail}).</source>
        <translation>Tệp được gửi cho một đơn vị khác ({detail}).</translation>
    </message>
    <message>
        <source>The file is larger than any file of this program can be.</source>
        <translation>Tệp lớn hơn mọi tệp mà chương trình này có thể tạo.</translation>
    </message>
    <message>
        <source>The file is not a signed file of this program (not a ZIP archive).</source>
        <translation>Tệp không phải là tệp có chữ ký của chương trình này (không phải tệp ZIP).</translation>
    </message>
    <message>
        <source>The file is password-protected; the files of this program never are.</source>
        <translation>Tệp có đặt mật khẩu; tệp của chương trình này không bao giờ có mật khẩu.</translation>
    </message>
    <message>
        <source>The file holds a member that does not belong in it ({detail}).</source>
        <translation>Tệp chứa một thành phần không thuộc về nó ({detail}).</translation>
    </message>
    <message>
        <source>The file&apos;s contents do not follow the format of this program ({detail}).</source>
        <translation>Nội dung tệp không theo định dạng của chương trình này ({detail}).</translation>
    </message>
    <message>
        <source>The file is signed with a key this office does not trust. Trust the superior office&apos;s key first (its registration file and the fingerprint on its paper sheet).</source>
        <translation>Tệp được ký bằng một khóa mà đơn vị chưa tin cậy. Hãy tin cậy khóa của Đoàn cấp trên trước (tệp đăng ký khóa và dấu vân tay khóa trên phiếu giấy của cấp trên).</translation>
    </message>
    <message>
        <source>The file is signed with a key the superior office stopped using on {detail}, and it was made after that.</source>
        <translation>Tệp được ký bằng khóa mà Đoàn cấp trên đã ngừng dùng từ ngày {detail}, và được tạo sau ngày đó.</translation>
    </message>
    <message>
        <source>The manifest and the contents disagree on {detail}.</source>
        <translation>Bản kê và nội dung tệp không thống nhất về {detail}.</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Kỳ này</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Kỳ trước</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Corrected by the office; the records give {value}.</source>
        <translation>Đơn vị đã điều chỉnh; số liệu theo hồ sơ là {value}.</translation>
    </message>
    <message>
        <source>Typed by the office: the records cannot give this number.</source>
        <translation>Do đơn vị nhập: hồ sơ không cung cấp được số liệu này.</translation>
    </message>
    <message>
        <source>Computed from the other values.</source>
        <translation>Tính từ các giá trị khác.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>The numbers of a period for the superior office. Values marked * were typed or corrected here; select a line to type or correct its value.</source>
        <translation>Số liệu của một kỳ báo cáo gửi Đoàn cấp trên. Các giá trị đánh dấu * được nhập hoặc điều chỉnh tại đây; chọn một dòng để nhập hoặc điều chỉnh giá trị.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Show breakdowns by chapter and ethnicity</source>
        <translation>Hiện chi tiết theo chi đoàn và dân tộc</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>The report as it prints, to print or save as PDF</source>
        <translation>Xem báo cáo như khi in, để in hoặc lưu thành PDF</translation>
    </message>
    <message>
        <source>Export signed file…</source>
        <translation>Xuất tệp có chữ ký…</translation>
    </message>
    <message>
        <source>The signed report file to send to the superior office</source>
        <translation>Tệp báo cáo có chữ ký để gửi Đoàn cấp trên</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Quarter {n} of {year}</source>
        <translation>Quý {n} năm {year}</translation>
    </message>
    <message>
        <source>First half of {year}</source>
        <translation>6 tháng đầu năm {year}</translation>
    </message>
    <message>
        <source>Second half of {year}</source>
        <translation>6 tháng cuối năm {year}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Năm {year}</translation>
    </message>
    <message>
        <source>Value of the selected line</source>
        <translation>Giá trị của dòng đã chọn</translation>
    </message>
    <message>
        <source>Select a line of the table.</source>
        <translation>Hãy chọn một dòng trong bảng.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>a whole number, e.g. 1.250</source>
        <translation>số nguyên, ví dụ: 1.250</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>where the number comes from, or why corrected</source>
        <translation>nguồn số liệu, hoặc lý do điều chỉnh</translation>
    </message>
    <message>
        <source>Save value</source>
        <translation>Lưu giá trị</translation>
    </message>
    <message>
        <source>Use the records</source>
        <translation>Lấy theo hồ sơ</translation>
    </message>
    <message>
        <source>Checks before sending</source>
        <translation>Kiểm tra trước khi gửi</translation>
    </message>
    <message>
        <source>Reports sent</source>
        <translation>Báo cáo đã gửi</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Không phát hiện vấn đề nào.</translation>
    </message>
    <message>
        <source>Fix the errors first: {n}</source>
        <translation>Cần sửa lỗi trước: {n}</translation>
    </message>
    <message>
        <source>Replaced by a correction</source>
        <translation>Đã được thay bằng báo cáo điều chỉnh</translation>
    </message>
    <message>
        <source>Reserved, file not written</source>
        <translation>Đã cấp số, chưa ghi tệp</translation>
    </message>
    <message>
        <source>Sent (correction)</source>
        <translation>Đã gửi (điều chỉnh)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Computed from the other values; correct those instead.</source>
        <translation>Giá trị được tính từ các giá trị khác; hãy sửa các giá trị đó.</translation>
    </message>
    <message>
        <source>The records cannot give this number: type it, with its source.</source>
        <translation>Hồ sơ không cung cấp được số liệu này: hãy nhập số liệu, kèm nguồn.</translation>
    </message>
    <message>
        <source>The records give {value}. Type another value only to correct it, and say why.</source>
        <translation>Theo hồ sơ, số liệu là {value}. Chỉ nhập giá trị khác khi cần điều chỉnh, và ghi rõ lý do.</translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation>Xóa giá trị</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Type a value, or press &apos;{button}&apos;.</source>
        <translation>Hãy nhập giá trị, hoặc nhấn &apos;{button}&apos;.</translation>
    </message>
    <message>
        <source>No signing key</source>
        <translation>Chưa có khóa ký</translation>
    </message>
    <message>
        <source>Send a correction?</source>
        <translation>Gửi báo cáo điều chỉnh?</translation>
    </message>
    <message>
        <source>Report no. {n} for this period was already made, with other values. Send these values as a correction that replaces it?

Yes: a correction with the new values. No: the file of report no. {n}, unchanged.</source>
        <translation>Báo cáo số {n} của kỳ này đã được lập với số liệu khác. Gửi số liệu này dưới dạng báo cáo điều chỉnh thay cho báo cáo đó?

Có: lập báo cáo điều chỉnh với số liệu mới. Không: ghi lại tệp của báo cáo số {n}, không thay đổi.</translation>
    </message>
    <message>
        <source>Not ready to send</source>
        <translation>Chưa sẵn sàng để gửi</translation>
    </message>
    <message>
        <source>Fix these errors first:
{lines}</source>
        <translation>Hãy sửa các lỗi sau trước:
{lines}</translation>
    </message>
    <message>
        <source>The period has not ended</source>
        <translation>Kỳ báo cáo chưa kết thúc</translation>
    </message>
    <message>
        <source>{period} ends on {end}: until then its figures can still change. Make the signed report now anyway? A later report of the period, with the final figures, would then be a correction.</source>
        <translation>Kỳ {period} kết thúc ngày {end}: đến lúc đó số liệu vẫn còn có thể thay đổi. Vẫn lập báo cáo có chữ ký ngay bây giờ? Khi đó, báo cáo sau của kỳ này với số liệu cuối cùng sẽ là báo cáo điều chỉnh.</translation>
    </message>
    <message>
        <source>Save the signed report</source>
        <translation>Lưu báo cáo có chữ ký</translation>
    </message>
    <message>
        <source>Report file (*.zip)</source>
        <translation>Tệp báo cáo (*.zip)</translation>
    </message>
    <message>
        <source>Type the passphrase of the office&apos;s key to sign the report for {period}.</source>
        <translation>Nhập mật khẩu khóa của đơn vị để ký báo cáo kỳ {period}.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Đang ký…</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Đã ghi báo cáo</translation>
    </message>
    <message>
        <source>Report no. {n} for {period} is written and verified:
{path}

SHA-256 (first characters): {sha}</source>
        <translation>Báo cáo số {n} kỳ {period} đã được ghi và kiểm tra:
{path}

SHA-256 (các ký tự đầu): {sha}</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Không ghi được tệp: {reason}</translation>
    </message>
    <message>
        <source>The report was not written: {reason}</source>
        <translation>Chưa ghi được báo cáo: {reason}</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Chưa ghi được báo cáo</translation>
    </message>
</context>
<context>
    <name>ReportStatus</name>
    <message>
        <source>Received by the superior office on {date}</source>
        <translation>Cấp trên đã nhận ngày {date}</translation>
    </message>
    <message>
        <source>Returned: {reason} — send a corrected report again</source>
        <translation>Bị trả lại: {reason} — cần gửi lại bản sửa</translation>
    </message>
    <message>
        <source>Sent on {date}</source>
        <translation>Đã gửi ngày {date}</translation>
    </message>
    <message>
        <source>Reserved, file not written</source>
        <translation>Đã giữ số, chưa ghi tệp</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>Due on {date}</source>
        <translation>Hạn nộp: {date}</translation>
    </message>
    <message>
        <source>The superior office returned the report for {period} (No. {n}): {reason} Send a corrected report.</source>
        <translation>Đoàn cấp trên đã trả lại báo cáo kỳ {period} (số {n}): {reason} Hãy gửi lại bản sửa.</translation>
    </message>
    <message>
        <source>No receipt yet for the report for {period} (No. {n}) sent on {date}: ask the superior office whether it arrived.</source>
        <translation>Chưa có phiếu phản hồi cho báo cáo kỳ {period} (số {n}) gửi ngày {date}: hãy hỏi Đoàn cấp trên xem báo cáo đã đến chưa.</translation>
    </message>
    <message>
        <source>The report for {period} was due on {date} and is not sent</source>
        <translation>Báo cáo kỳ {period} phải nộp chậm nhất ngày {date} mà chưa gửi</translation>
    </message>
    <message>
        <source>The report for {period} is due on {date} ({days} days left)</source>
        <translation>Báo cáo kỳ {period} phải nộp chậm nhất ngày {date} (còn {days} ngày)</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>The general situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results in each field of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limitations and their causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main tasks of the next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section has {n} characters; at most {limit} fit in one. Shorten it, or move a part of it to another section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number alone, from 1 to {limit}, for example 12: the report prints “Số: 12-BC/ĐTN”. Leave it empty to write it in by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} has {n} characters; a recipient is at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} recipients: at most {limit} fit under “Nơi nhận”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reporting</name>
    <message>
        <source>The report cannot be sent until these errors are fixed:
{lines}</source>
        <translation>Chưa thể gửi báo cáo cho đến khi sửa các lỗi sau:
{lines}</translation>
    </message>
    <message>
        <source>Report no. {old} for {period} was signed with key {key}, which this office no longer uses: it is sent again with the same figures as report no. {n}, signed with the current key, replacing no. {old}. The superior office accepts it once it has trusted the current key (send it the new key registration if not done yet).</source>
        <translation>Báo cáo số {old} kỳ {period} được ký bằng khóa {key}, khóa mà đơn vị không còn sử dụng: báo cáo được gửi lại với cùng số liệu thành báo cáo số {n}, ký bằng khóa hiện tại, thay cho báo cáo số {old}. Đoàn cấp trên sẽ chấp nhận báo cáo này khi đã tin cậy khóa hiện tại (nếu chưa gửi, hãy gửi tệp đăng ký khóa mới).</translation>
    </message>
    <message>
        <source>Report no. {n} for {period} was sent without the roster. To add it, send a correction.</source>
        <translation>Báo cáo số {n} kỳ {period} đã được gửi mà không kèm danh sách đoàn viên, thanh niên. Để bổ sung, hãy gửi báo cáo điều chỉnh.</translation>
    </message>
    <message>
        <source>No report was sent for {period} yet: there is nothing to correct.</source>
        <translation>Chưa gửi báo cáo nào cho kỳ {period}: không có gì để điều chỉnh.</translation>
    </message>
    <message>
        <source>Set up the unit first.</source>
        <translation>Hãy thiết lập đơn vị trước.</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder.</source>
        <translation>Không ghi được {path}: đây là một thư mục.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder does not exist.</source>
        <translation>Không ghi được {path}: thư mục không tồn tại.</translation>
    </message>
    <message>
        <source>The written file did not verify ({reason}); it was removed.</source>
        <translation>Tệp đã ghi không qua được bước kiểm tra ({reason}); tệp đã bị xóa.</translation>
    </message>
    <message>
        <source>This data folder has no unit yet.</source>
        <translation>Thư mục dữ liệu này chưa có đơn vị.</translation>
    </message>
    <message>
        <source>{n} members admitted in {year} have only the year of admission recorded: they are not counted among the new members of this period. Enter their admission dates in full.</source>
        <translation>{n} đoàn viên kết nạp năm {year} chỉ ghi năm kết nạp: họ không được tính vào số đoàn viên mới của kỳ này. Hãy nhập đầy đủ ngày kết nạp.</translation>
    </message>
    <message>
        <source>There is no such indicator.</source>
        <translation>Không có chỉ tiêu này.</translation>
    </message>
    <message>
        <source>This value is computed from others; correct those instead.</source>
        <translation>Giá trị này được tính từ các giá trị khác; hãy sửa các giá trị đó.</translation>
    </message>
    <message>
        <source>This indicator has no such breakdown.</source>
        <translation>Chỉ tiêu này không có phần chi tiết như vậy.</translation>
    </message>
    <message>
        <source>Type a whole number, such as 1.250.</source>
        <translation>Hãy nhập một số nguyên, ví dụ 1.250.</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>Giá trị không thể là số âm.</translation>
    </message>
    <message>
        <source>Say why the computed value is corrected (for example, the source).</source>
        <translation>Hãy ghi lý do điều chỉnh giá trị đã tính (ví dụ: nguồn số liệu).</translation>
    </message>
    <message>
        <source>A value typed for {code} is ignored: this version of the program does not report it.</source>
        <translation>Giá trị nhập cho {code} bị bỏ qua: phiên bản chương trình này không báo cáo chỉ tiêu đó.</translation>
    </message>
    <message>
        <source>{label}: the typed value is not a whole number.</source>
        <translation>{label}: giá trị đã nhập không phải là số nguyên.</translation>
    </message>
    <message>
        <source>{label}: a value cannot be negative.</source>
        <translation>{label}: giá trị không thể là số âm.</translation>
    </message>
    <message>
        <source>{label}: the correction needs a note saying why.</source>
        <translation>{label}: việc điều chỉnh cần có ghi chú nêu lý do.</translation>
    </message>
    <message>
        <source>{label}: add a note saying where the number comes from.</source>
        <translation>{label}: hãy thêm ghi chú nêu nguồn của số liệu.</translation>
    </message>
    <message>
        <source>The number of youth aged 16–30 in the commune is not entered, so the share of youth gathered cannot be computed. Ask the People&apos;s Committee for it.</source>
        <translation>Chưa nhập số thanh niên từ 16 đến 30 tuổi trên địa bàn xã nên chưa tính được tỷ lệ tập hợp thanh niên. Hãy đề nghị UBND xã cung cấp số liệu này.</translation>
    </message>
    <message>
        <source>The number of youth in the commune cannot be 0.</source>
        <translation>Số thanh niên trên địa bàn xã không thể bằng 0.</translation>
    </message>
    <message>
        <source>There are more members ({members}) than youth aged 16–30 in the commune ({population}). Check both numbers.</source>
        <translation>Số đoàn viên ({members}) nhiều hơn số thanh niên từ 16 đến 30 tuổi trên địa bàn xã ({population}). Hãy kiểm tra lại cả hai số.</translation>
    </message>
    <message>
        <source>The share of youth gathered is {share}%: more youth are gathered ({gathered}) than live in the commune ({population}). Check the numbers.</source>
        <translation>Tỷ lệ tập hợp thanh niên là {share}%: số thanh niên được tập hợp ({gathered}) nhiều hơn số thanh niên trên địa bàn xã ({population}). Hãy kiểm tra lại các số liệu.</translation>
    </message>
    <message>
        <source>{chapter} held {n} meetings but has no members. Enter its members in the roster, or correct the count with a note.</source>
        <translation>Chi đoàn {chapter} đã tổ chức {n} cuộc họp nhưng không có đoàn viên nào. Hãy nhập đoàn viên của chi đoàn vào danh sách, hoặc điều chỉnh số liệu kèm ghi chú.</translation>
    </message>
    <message>
        <source>{label}: men ({male}) and women ({female}) do not add up to the total ({total}); some people have no sex recorded.</source>
        <translation>{label}: số nam ({male}) và số nữ ({female}) cộng lại không bằng tổng số ({total}); có người chưa ghi giới tính.</translation>
    </message>
    <message>
        <source>The period {period} has not started yet.</source>
        <translation>Kỳ {period} chưa bắt đầu.</translation>
    </message>
    <message>
        <source>The period {period} is not over yet: its numbers may still change.</source>
        <translation>Kỳ {period} chưa kết thúc: số liệu vẫn có thể thay đổi.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>{name} is the sitting secretary of {chapter}. End that term on the start date?</source>
        <translation>{name} đang là Bí thư đương nhiệm của Chi đoàn {chapter}. Kết thúc nhiệm kỳ đó vào ngày bắt đầu?</translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message>
        <source>Excel workbook, everything (*.xlsx);;CSV, UTF-8: the people only (*.csv)</source>
        <translation>Bảng tính Excel, đầy đủ (*.xlsx);;CSV, UTF-8: chỉ danh sách người (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>{n} people written to {path}.</source>
        <translation>Đã ghi {n} người vào {path}.</translation>
    </message>
    <message>
        <source>A CSV file holds one table of people and no formats: it keeps neither the offices&apos; dates and past terms nor the chapters&apos; kinds, so importing it into another unit does not bring those back. Opened in Excel or Calc, citizen IDs and phone numbers may lose their leading 0 and a date such as 07/02/2008 may be read as 2 July, depending on the computer&apos;s settings. For a copy that keeps everything, export to Excel (.xlsx).</source>
        <translation>Tệp CSV chỉ có một bảng danh sách người và không giữ định dạng: không có ngày nhận, ngày thôi và các chức vụ đã giữ, cũng không có loại chi đoàn, nên khi nhập vào đơn vị khác sẽ không có lại các thông tin đó. Khi mở bằng Excel hoặc Calc, số CCCD và số điện thoại có thể mất chữ số 0 ở đầu, và một ngày như 07/02/2008 có thể bị đọc thành ngày 2 tháng 7, tùy cài đặt của máy. Muốn có bản giữ đủ mọi thông tin, hãy xuất ra Excel (.xlsx).</translation>
    </message>
</context>
<context>
    <name>SampleFill</name>
    <message>
        <source>Preparing the sample commune for practice…</source>
        <translation>Đang tạo xã mẫu để thực hành…</translation>
    </message>
    <message>
        <source>Sample commune</source>
        <translation>Xã mẫu</translation>
    </message>
    <message>
        <source>The sample commune could not be written: {detail}</source>
        <translation>Không ghi được xã mẫu: {detail}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>This unit</source>
        <translation>Đơn vị này</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Hủy thay đổi</translation>
    </message>
    <message>
        <source>Language and text size</source>
        <translation>Ngôn ngữ và cỡ chữ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Where the records, the backups and the log are kept on this computer</source>
        <translation>Nơi lưu hồ sơ, bản sao lưu và nhật ký trên máy tính này</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Everything the program keeps is in this folder. Copy the whole folder to keep a copy elsewhere.</source>
        <translation>Mọi dữ liệu của chương trình đều nằm trong thư mục này. Hãy sao chép cả thư mục để lưu một bản ở nơi khác.</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Bản sao lưu…</translation>
    </message>
    <message>
        <source>Make a backup now, or restore one</source>
        <translation>Sao lưu ngay, hoặc khôi phục một bản sao lưu</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>Signing key…</source>
        <translation>Khóa ký…</translation>
    </message>
    <message>
        <source>The key that signs the reports sent to the superior office.</source>
        <translation>Khóa dùng để ký các báo cáo gửi Đoàn cấp trên.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Slightly larger</source>
        <translation>Hơi lớn</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Lớn</translation>
    </message>
    <message>
        <source>Very large</source>
        <translation>Rất lớn</translation>
    </message>
    <message>
        <source>{name} ({percent}%)</source>
        <translation>{name} ({percent}%)</translation>
    </message>
    <message>
        <source>The key that signs the receipts and circulars sent to the communes.</source>
        <translation>Khóa dùng để ký các phiếu phản hồi và công văn gửi các xã.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>The unit was not saved: {reason}</source>
        <translation>Chưa lưu được đơn vị: {reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>The setting was not saved: {reason}</source>
        <translation>Chưa lưu được cài đặt: {reason}</translation>
    </message>
    <message>
        <source>The new language applies fully after you restart doan-desktop.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng đầy đủ sau khi khởi động lại doan-desktop.</translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation>Không mở được thư mục</translation>
    </message>
    <message>
        <source>Open it yourself: {path}</source>
        <translation>Hãy tự mở thư mục: {path}</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up doan-desktop</source>
        <translation>Thiết lập doan-desktop</translation>
    </message>
    <message>
        <source>Finish and save</source>
        <translation>Hoàn tất và lưu</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>Chưa lưu được. {reason}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Open the page “{page}”</source>
        <translation>Mở trang “{page}”</translation>
    </message>
    <message>
        <source>The user guide, at the page in view</source>
        <translation>Hướng dẫn sử dụng, đúng phần của trang đang xem</translation>
    </message>
    <message>
        <source>A new record on this page</source>
        <translation>Thêm mới trên trang này</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Đến ô tìm kiếm</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter, nhấn đúp</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Mở mục đang chọn</translation>
    </message>
    <message>
        <source>Move the selected record to the trash</source>
        <translation>Chuyển mục đang chọn vào thùng rác</translation>
    </message>
    <message>
        <source>Save (in a meeting or training form)</source>
        <translation>Lưu (trong phiếu cuộc họp hoặc lớp tập huấn)</translation>
    </message>
    <message>
        <source>Close a form (it asks before changes are lost)</source>
        <translation>Đóng phiếu (chương trình hỏi lại trước khi bỏ các thay đổi)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>The next or the previous field</source>
        <translation>Sang ô tiếp theo hoặc ô trước đó</translation>
    </message>
    <message>
        <source>Tick or untick the chosen line of a list</source>
        <translation>Đánh dấu hoặc bỏ đánh dấu dòng đang chọn trong danh sách</translation>
    </message>
    <message>
        <source>Print what the page shows (the report, the minutes)</source>
        <translation>In nội dung của trang (báo cáo, biên bản)</translation>
    </message>
    <message>
        <source>Quit the program (the data is backed up if it changed)</source>
        <translation>Thoát chương trình (dữ liệu được sao lưu nếu có thay đổi)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Tác dụng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The disk is full: {path} could not be written. Free some space on that disk (delete files you no longer need, empty the Recycle Bin) and try again.</source>
        <translation>Ổ đĩa đã đầy: không ghi được vào {path}. Hãy giải phóng bớt dung lượng trên ổ đĩa đó (xóa các tệp không còn cần, dọn Thùng rác) rồi thử lại.</translation>
    </message>
    <message>
        <source>No permission to write to {path}: the folder or file is read-only or belongs to another user. Ask whoever looks after this computer for write permission, or use a data folder you can write to.</source>
        <translation>Không có quyền ghi vào {path}: thư mục hoặc tệp chỉ cho phép đọc, hoặc thuộc về người dùng khác. Hãy nhờ người quản lý máy tính này cấp quyền ghi, hoặc dùng một thư mục dữ liệu mà bạn ghi được.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Check what will be saved. Nothing is written until you finish.</source>
        <translation>Hãy kiểm tra những gì sẽ được lưu. Chưa có gì được ghi cho đến khi bạn hoàn tất.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại đơn vị</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Tỉnh hoặc thành phố</translation>
    </message>
    <message>
        <source>Superior office</source>
        <translation>Đoàn cấp trên</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>{name} (code {code})</source>
        <translation>{name} (mã {code})</translation>
    </message>
    <message>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… và {n} chi đoàn khác</translation>
    </message>
    <message>
        <source>None yet; add them later on the Chapters page.</source>
        <translation>Chưa có; có thể thêm sau ở trang Chi đoàn.</translation>
    </message>
    <message>
        <source>Made with your passphrase</source>
        <translation>Tạo bằng mật khẩu khóa của bạn</translation>
    </message>
    <message>
        <source>Later, in Settings (Signing key…)</source>
        <translation>Để sau, trong Cài đặt (Khóa ký…)</translation>
    </message>
</context>
<context>
    <name>SuperiorTrustDialog</name>
    <message>
        <source>Trust the superior office&apos;s key</source>
        <translation>Tin cậy khóa của Đoàn cấp trên</translation>
    </message>
    <message>
        <source>The superior office signs the receipts and circulars it sends with this key. Trust it once, from its registration file and the paper sheet it sent with the fingerprint.</source>
        <translation>Đoàn cấp trên ký các phiếu phản hồi và công văn gửi xuống bằng khóa này. Chỉ cần tin cậy một lần, từ tệp đăng ký khóa và phiếu giấy in dấu vân tay khóa mà cấp trên gửi.</translation>
    </message>
    <message>
        <source>Superior office:</source>
        <translation>Đoàn cấp trên:</translation>
    </message>
    <message>
        <source>Unit code:</source>
        <translation>Mã đơn vị:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Mã khóa:</translation>
    </message>
    <message>
        <source>This key replaces key {old}, signed by it: what the old key signed before the rotation still counts.</source>
        <translation>Khóa này thay thế khóa {old} và có chữ ký của khóa đó: những gì khóa cũ ký trước khi thay khóa vẫn được tính.</translation>
    </message>
    <message>
        <source>This key is not signed by the trusted key {old}: the superior office may have lost it. It is trusted only with the fingerprint from the paper sheet; the old key is then retired.</source>
        <translation>Khóa này không có chữ ký của khóa đang tin cậy {old}: có thể Đoàn cấp trên đã mất khóa. Chỉ tin cậy khi có dấu vân tay khóa từ phiếu giấy; khi đó khóa cũ sẽ ngừng sử dụng.</translation>
    </message>
    <message>
        <source>Type the &amp;fingerprint printed on the superior office&apos;s paper sheet (16 groups of four characters; spaces, dashes and capitals do not matter):</source>
        <translation>Hãy nhập &amp;dấu vân tay khóa in trên phiếu giấy của Đoàn cấp trên (16 nhóm, mỗi nhóm bốn ký tự; không phân biệt dấu cách, gạch nối hay chữ hoa):</translation>
    </message>
    <message>
        <source>Fingerprint from the paper sheet</source>
        <translation>Dấu vân tay khóa trên phiếu giấy</translation>
    </message>
    <message>
        <source>I have &amp;no paper sheet: trust this key anyway</source>
        <translation>Tôi &amp;không có phiếu giấy: vẫn tin cậy khóa này</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Tin cậy</translation>
    </message>
    <message>
        <source>Without the sheet nothing shows that this file comes from the superior office. Ask it to read this fingerprint to you by phone, and compare it with the sheet when it arrives.
{fingerprint}</source>
        <translation>Không có phiếu giấy thì không có gì cho thấy tệp này do Đoàn cấp trên gửi. Hãy đề nghị cấp trên đọc dấu vân tay khóa này qua điện thoại, và đối chiếu với phiếu khi nhận được.
{fingerprint}</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>Training</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>Thêm lớp tập huấn</translation>
    </message>
    <message>
        <source>for example Phòng chống ma túy</source>
        <translation>ví dụ: Phòng chống ma túy</translation>
    </message>
    <message>
        <source>Held (results recorded)</source>
        <translation>Đã tổ chức (ghi kết quả)</translation>
    </message>
    <message>
        <source>Planned (people invited)</source>
        <translation>Dự kiến (ghi người được mời)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Leave empty for a training of one day</source>
        <translation>Để trống nếu lớp tập huấn chỉ diễn ra trong một ngày</translation>
    </message>
    <message>
        <source>e.g. 7,5</source>
        <translation>ví dụ: 7,5</translation>
    </message>
    <message>
        <source>for example Hội trường UBND xã</source>
        <translation>ví dụ: Hội trường UBND xã</translation>
    </message>
    <message>
        <source>who taught, with their office</source>
        <translation>người giảng dạy, kèm chức vụ</translation>
    </message>
    <message>
        <source>the topics covered, one per line</source>
        <translation>các chủ đề, mỗi chủ đề một dòng</translation>
    </message>
    <message>
        <source>For the secretaries&apos; club</source>
        <translation>Dành cho CLB Bí thư chi đoàn</translation>
    </message>
    <message>
        <source>A training of the club of residential chapter secretaries</source>
        <translation>Lớp tập huấn của CLB Bí thư chi đoàn địa bàn dân cư</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Tên lớp *</translation>
    </message>
    <message>
        <source>Kind *</source>
        <translation>Loại hình *</translation>
    </message>
    <message>
        <source>Organised by *</source>
        <translation>Cấp tổ chức *</translation>
    </message>
    <message>
        <source>State *</source>
        <translation>Trạng thái *</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Dates *</source>
        <translation>Thời gian *</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Báo cáo viên</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Add from the roster…</source>
        <translation>Thêm từ danh sách…</translation>
    </message>
    <message>
        <source>Add a guest</source>
        <translation>Thêm khách mời</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Everyone completed</source>
        <translation>Tất cả hoàn thành</translation>
    </message>
    <message>
        <source>Mark every participant as having completed the training</source>
        <translation>Đánh dấu tất cả người tham gia đã hoàn thành lớp tập huấn</translation>
    </message>
    <message>
        <source>Double-click a result to change it; a certificate number can be typed for someone who completed the training.</source>
        <translation>Nhấp đúp vào kết quả để thay đổi; có thể nhập số giấy chứng nhận cho người đã hoàn thành lớp tập huấn.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first</source>
        <translation>Hãy sửa các trường đánh dấu đỏ trước</translation>
    </message>
    <message>
        <source>Save becomes available once the fields marked * are filled in correctly.</source>
        <translation>Nút Lưu sẽ dùng được khi các trường đánh dấu * đã được điền đúng.</translation>
    </message>
    <message>
        <source>{n} invited</source>
        <translation>{n} người được mời</translation>
    </message>
    <message>
        <source>{n} listed, {took} took part, {done} completed</source>
        <translation>{n} người trong danh sách, {took} người tham gia, {done} người hoàn thành</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Chưa lưu: hãy sửa các trường đánh dấu đỏ.</translation>
    </message>
    <message>
        <source>Move the training “{title}” to the trash?</source>
        <translation>Chuyển lớp tập huấn “{title}” vào thùng rác?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Đóng mà không lưu</translation>
    </message>
    <message>
        <source>The changes to this training are not saved. Close and lose them?</source>
        <translation>Các thay đổi của lớp tập huấn này chưa được lưu. Đóng và bỏ các thay đổi này?</translation>
    </message>
</context>
<context>
    <name>Trainings</name>
    <message>
        <source>Talk on a topic</source>
        <translation>Nói chuyện chuyên đề</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Hội thảo, tọa đàm</translation>
    </message>
    <message>
        <source>Skills course</source>
        <translation>Lớp bồi dưỡng kỹ năng</translation>
    </message>
    <message>
        <source>Pre-admission class</source>
        <translation>Lớp cảm tình Đoàn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Trung ương</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã tổ chức</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Được mời</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Có tham dự</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <source>Type the date as dd/mm/yyyy, for example 05/02/2026.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy, ví dụ 05/02/2026.</translation>
    </message>
    <message>
        <source>The hours cannot be negative.</source>
        <translation>Số giờ không thể là số âm.</translation>
    </message>
    <message>
        <source>Type the hours as a number, for example 4 or 7,5 (two decimals at most).</source>
        <translation>Nhập số giờ là một số, ví dụ 4 hoặc 7,5 (tối đa hai chữ số thập phân).</translation>
    </message>
    <message>
        <source>Type the hours as a number, for example 4 or 7,5.</source>
        <translation>Nhập số giờ là một số, ví dụ 4 hoặc 7,5.</translation>
    </message>
    <message>
        <source>At most {hours} hours.</source>
        <translation>Tối đa {hours} giờ.</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Tên lớp là bắt buộc.</translation>
    </message>
    <message>
        <source>The title is too long (300 at most).</source>
        <translation>Tên lớp quá dài (tối đa 300 ký tự).</translation>
    </message>
    <message>
        <source>Choose the kind of training.</source>
        <translation>Hãy chọn loại hình tập huấn.</translation>
    </message>
    <message>
        <source>Choose the level that organised it.</source>
        <translation>Hãy chọn cấp tổ chức.</translation>
    </message>
    <message>
        <source>Choose whether it is planned or held.</source>
        <translation>Hãy chọn dự kiến hay đã tổ chức.</translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation>Ngày bắt đầu là bắt buộc.</translation>
    </message>
    <message>
        <source>The training cannot end before it starts.</source>
        <translation>Lớp tập huấn không thể kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>A training that has not started yet cannot be held: mark it planned.</source>
        <translation>Lớp tập huấn chưa bắt đầu thì chưa thể là đã tổ chức: hãy đánh dấu là dự kiến.</translation>
    </message>
    <message>
        <source>The training ends in the future: mark it planned until it is over.</source>
        <translation>Lớp tập huấn kết thúc ở tương lai: hãy để là dự kiến cho đến khi kết thúc.</translation>
    </message>
    <message>
        <source>Its dates have passed: mark it held and record the results.</source>
        <translation>Thời gian tổ chức đã qua: hãy đánh dấu là đã tổ chức và ghi kết quả.</translation>
    </message>
    <message>
        <source>{hours} hours do not fit in {days} day(s) of training.</source>
        <translation>{hours} giờ không thể xếp vừa trong {days} ngày tập huấn.</translation>
    </message>
    <message>
        <source>Row {row}: this person is not in the roster.</source>
        <translation>Dòng {row}: người này không có trong danh sách.</translation>
    </message>
    <message>
        <source>Row {row}: {name} is in the trash.</source>
        <translation>Dòng {row}: {name} đang ở trong thùng rác.</translation>
    </message>
    <message>
        <source>Row {row}: type the guest&apos;s name.</source>
        <translation>Dòng {row}: hãy nhập tên khách mời.</translation>
    </message>
    <message>
        <source>Row {row}: {name} is already listed (row {first}).</source>
        <translation>Dòng {row}: {name} đã có trong danh sách (dòng {first}).</translation>
    </message>
    <message>
        <source>Row {row}: a planned training has invited people, no results.</source>
        <translation>Dòng {row}: lớp tập huấn dự kiến chỉ có người được mời, chưa có kết quả.</translation>
    </message>
    <message>
        <source>Row {row}: choose attended, completed or absent.</source>
        <translation>Dòng {row}: hãy chọn có tham dự, hoàn thành hoặc vắng.</translation>
    </message>
    <message>
        <source>Row {row}: only someone who completed the training has a certificate.</source>
        <translation>Dòng {row}: chỉ người đã hoàn thành lớp tập huấn mới có giấy chứng nhận.</translation>
    </message>
    <message>
        <source>Row {row}: the certificate number is too long.</source>
        <translation>Dòng {row}: số giấy chứng nhận quá dài.</translation>
    </message>
    <message>
        <source>Row {row}: certificate {number} is already given on row {first}.</source>
        <translation>Dòng {row}: giấy chứng nhận số {number} đã được ghi ở dòng {first}.</translation>
    </message>
    <message>
        <source>This training is in the trash.</source>
        <translation>Lớp tập huấn này đang ở trong thùng rác.</translation>
    </message>
    <message>
        <source>There is no training with the id {id}.</source>
        <translation>Không có lớp tập huấn nào có mã {id}.</translation>
    </message>
</context>
<context>
    <name>TrainingsModel</name>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên lớp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp tổ chức</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>CLB</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Talks, seminars, skills courses and pre-admission classes with who took part, and the club of residential chapter secretaries.</source>
        <translation>Các buổi nói chuyện chuyên đề, hội thảo, lớp bồi dưỡng kỹ năng và lớp cảm tình Đoàn cùng người tham gia; CLB Bí thư chi đoàn địa bàn dân cư.</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>Secretaries&apos; club</source>
        <translation>CLB Bí thư chi đoàn</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>Thêm lớp tập huấn</translation>
    </message>
    <message>
        <source>Record a training (Ctrl+N)</source>
        <translation>Ghi nhận một lớp tập huấn (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open the selected training (Enter or double-click)</source>
        <translation>Mở lớp tập huấn đã chọn (Enter hoặc nhấp đúp)</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Move the selected training to the trash (Delete)</source>
        <translation>Chuyển lớp tập huấn đã chọn vào thùng rác (Delete)</translation>
    </message>
    <message>
        <source>Search title, place, trainers, topics…</source>
        <translation>Tìm theo tên lớp, địa điểm, báo cáo viên, chủ đề…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả loại hình</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tất cả các cấp</translation>
    </message>
    <message>
        <source>Club and others</source>
        <translation>CLB và khác</translation>
    </message>
    <message>
        <source>For the club</source>
        <translation>Dành cho CLB</translation>
    </message>
    <message>
        <source>Not for the club</source>
        <translation>Không dành cho CLB</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp tổ chức</translation>
    </message>
    <message>
        <source>Add members…</source>
        <translation>Thêm thành viên…</translation>
    </message>
    <message>
        <source>Add sitting secretaries and deputies of residential chapters</source>
        <translation>Thêm Bí thư, Phó Bí thư đương nhiệm của các chi đoàn địa bàn dân cư</translation>
    </message>
    <message>
        <source>End membership…</source>
        <translation>Kết thúc tư cách thành viên…</translation>
    </message>
    <message>
        <source>The selected member leaves the club</source>
        <translation>Thành viên đã chọn rời CLB</translation>
    </message>
    <message>
        <source>Show former members</source>
        <translation>Hiện cả thành viên cũ</translation>
    </message>
    <message>
        <source>Trainings taken part in</source>
        <translation>Các lớp tập huấn đã tham gia</translation>
    </message>
    <message>
        <source>Club sessions since joining</source>
        <translation>Các buổi sinh hoạt CLB từ khi tham gia</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>{n} trainings, {people} participations</source>
        <translation>{n} lớp tập huấn, {people} lượt tham gia</translation>
    </message>
    <message>
        <source>; {n} planned</source>
        <translation>; {n} dự kiến</translation>
    </message>
    <message>
        <source> (of {total} in these filters)</source>
        <translation> (trong tổng số {total} theo bộ lọc này)</translation>
    </message>
    <message>
        <source>{members} members; {sessions} club sessions in {year}.</source>
        <translation>{members} thành viên; {sessions} buổi sinh hoạt CLB trong năm {year}.</translation>
    </message>
    <message>
        <source>{n} sitting secretaries or deputies are not members yet.</source>
        <translation>{n} Bí thư hoặc Phó Bí thư đương nhiệm chưa là thành viên CLB.</translation>
    </message>
    <message>
        <source>Club sessions are recorded on the Meetings page, as a secretaries&apos; club session.</source>
        <translation>Buổi sinh hoạt CLB được ghi ở trang Cuộc họp, với loại &quot;Sinh hoạt CLB Bí thư chi đoàn&quot;.</translation>
    </message>
    <message>
        <source>Select a member to see what they attended.</source>
        <translation>Chọn một thành viên để xem các hoạt động đã tham dự.</translation>
    </message>
    <message>
        <source>{name}: {trainings} trainings, {sessions} club sessions attended</source>
        <translation>{name}: đã tham dự {trainings} lớp tập huấn, {sessions} buổi sinh hoạt CLB</translation>
    </message>
    <message>
        <source>Move the training “{title}” of {date} to the trash?</source>
        <translation>Chuyển lớp tập huấn “{title}” ngày {date} vào thùng rác?</translation>
    </message>
    <message>
        <source>Add club members</source>
        <translation>Thêm thành viên CLB</translation>
    </message>
    <message>
        <source>End club membership</source>
        <translation>Kết thúc tư cách thành viên CLB</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <source>Youth work or task</source>
        <translation>Công trình, phần việc thanh niên</translation>
    </message>
    <message>
        <source>Volunteer drive</source>
        <translation>Hoạt động tình nguyện</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Cadre plan</source>
        <translation>Quy hoạch cán bộ</translation>
    </message>
    <message>
        <source>{detail} ({name} is in the trash too: restore the person first)</source>
        <translation>{detail} ({name} cũng đang ở trong thùng rác: hãy khôi phục người này trước)</translation>
    </message>
    <message>
        <source>{detail} (the chapter {name} is in the trash too: restore it first)</source>
        <translation>{detail} (Chi đoàn {name} cũng đang ở trong thùng rác: hãy khôi phục chi đoàn trước)</translation>
    </message>
    <message>
        <source>{detail} (the chapters {names} are in the trash too: restore them first)</source>
        <translation>{detail} (các chi đoàn {names} cũng đang ở trong thùng rác: hãy khôi phục các chi đoàn đó trước)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Youth (not a member)</source>
        <translation>Thanh niên (chưa là đoàn viên)</translation>
    </message>
    <message>
        <source>{role}, no chapter</source>
        <translation>{role}, chưa thuộc chi đoàn nào</translation>
    </message>
    <message>
        <source>{role}, {chapter} (that chapter is in the trash too: comes back unassigned)</source>
        <translation>{role}, {chapter} (chi đoàn này cũng đang ở trong thùng rác: khi khôi phục sẽ chưa thuộc chi đoàn nào)</translation>
    </message>
    <message>
        <source>{role}, {chapter}</source>
        <translation>{role}, {chapter}</translation>
    </message>
    <message>
        <source>{kind}; {note}</source>
        <translation>{kind}; {note}</translation>
    </message>
    <message>
        <source>{kind}: {theme}</source>
        <translation>{kind}: {theme}</translation>
    </message>
    <message>
        <source>decision {number}</source>
        <translation>quyết định số {number}</translation>
    </message>
    <message>
        <source>{office}, term {term}</source>
        <translation>{office}, nhiệm kỳ {term}</translation>
    </message>
    <message>
        <source>This meeting belongs to the chapter {name}, which is in the trash. Restore the chapter first, then the meeting.</source>
        <translation>Cuộc họp này thuộc Chi đoàn {name}, chi đoàn này đang ở trong thùng rác. Hãy khôi phục chi đoàn trước, rồi khôi phục cuộc họp.</translation>
    </message>
    <message>
        <source>This meeting belongs to the chapters {names}, which are in the trash. Restore those chapters first, then the meeting.</source>
        <translation>Cuộc họp này thuộc các chi đoàn {names}, các chi đoàn này đang ở trong thùng rác. Hãy khôi phục các chi đoàn đó trước, rồi khôi phục cuộc họp.</translation>
    </message>
    <message>
        <source>The training {title} is back.</source>
        <translation>Đã khôi phục lớp tập huấn {title}.</translation>
    </message>
    <message>
        <source>This youth work belongs to the chapter {name}, which is in the trash. Restore the chapter first, then the work.</source>
        <translation>Công trình, phần việc này thuộc Chi đoàn {name}, chi đoàn này đang ở trong thùng rác. Hãy khôi phục chi đoàn trước, rồi khôi phục công trình, phần việc.</translation>
    </message>
    <message>
        <source>This youth work belongs to the chapters {names}, which are in the trash. Restore those chapters first, then the work.</source>
        <translation>Công trình, phần việc này thuộc các chi đoàn {names}, các chi đoàn này đang ở trong thùng rác. Hãy khôi phục các chi đoàn đó trước, rồi khôi phục công trình, phần việc.</translation>
    </message>
    <message>
        <source>{name} is back among the youth works.</source>
        <translation>Đã khôi phục {name} vào danh sách công trình, phần việc thanh niên.</translation>
    </message>
    <message>
        <source>This volunteer drive belongs to the chapter {name}, which is in the trash. Restore the chapter first, then the drive.</source>
        <translation>Hoạt động tình nguyện này thuộc Chi đoàn {name}, chi đoàn này đang ở trong thùng rác. Hãy khôi phục chi đoàn trước, rồi khôi phục hoạt động.</translation>
    </message>
    <message>
        <source>The volunteer drive {name} is back.</source>
        <translation>Đã khôi phục hoạt động tình nguyện {name}.</translation>
    </message>
    <message>
        <source>{name}, who received this commendation, is in the trash. Restore the person first, then the commendation.</source>
        <translation>{name}, người được khen thưởng, đang ở trong thùng rác. Hãy khôi phục người này trước, rồi khôi phục khen thưởng.</translation>
    </message>
    <message>
        <source>The chapter {name}, which received this commendation, is in the trash. Restore the chapter first, then the commendation.</source>
        <translation>Chi đoàn {name}, chi đoàn được khen thưởng, đang ở trong thùng rác. Hãy khôi phục chi đoàn trước, rồi khôi phục khen thưởng.</translation>
    </message>
    <message>
        <source>The commendation {title} is back.</source>
        <translation>Đã khôi phục khen thưởng {title}.</translation>
    </message>
    <message>
        <source>{name}, the person planned, is in the trash. Restore the person first, then the plan.</source>
        <translation>{name}, người được quy hoạch, đang ở trong thùng rác. Hãy khôi phục người này trước, rồi khôi phục quy hoạch.</translation>
    </message>
    <message>
        <source>{name} is already planned as {office} for {term} in another plan. Keep that one, or move it to the trash first and then restore this one.</source>
        <translation>{name} đã được quy hoạch chức danh {office} nhiệm kỳ {term} trong một quy hoạch khác. Hãy giữ quy hoạch đó, hoặc chuyển nó vào thùng rác trước rồi khôi phục quy hoạch này.</translation>
    </message>
    <message>
        <source>The plan for {name} ({office}, {term}) is back.</source>
        <translation>Đã khôi phục quy hoạch của {name} ({office}, nhiệm kỳ {term}).</translation>
    </message>
    <message>
        <source>This person is not in the trash any more.</source>
        <translation>Người này không còn ở trong thùng rác.</translation>
    </message>
    <message>
        <source>This meeting is not in the trash any more.</source>
        <translation>Cuộc họp này không còn ở trong thùng rác.</translation>
    </message>
    <message>
        <source>This training is not in the trash any more.</source>
        <translation>Lớp tập huấn này không còn ở trong thùng rác.</translation>
    </message>
    <message>
        <source>This youth work is not in the trash any more.</source>
        <translation>Công trình, phần việc này không còn ở trong thùng rác.</translation>
    </message>
    <message>
        <source>This volunteer drive is not in the trash any more.</source>
        <translation>Hoạt động tình nguyện này không còn ở trong thùng rác.</translation>
    </message>
    <message>
        <source>This commendation is not in the trash any more.</source>
        <translation>Khen thưởng này không còn ở trong thùng rác.</translation>
    </message>
    <message>
        <source>This cadre plan is not in the trash any more.</source>
        <translation>Quy hoạch cán bộ này không còn ở trong thùng rác.</translation>
    </message>
    <message>
        <source>{name} is back in the roster, without a chapter.</source>
        <translation>{name} đã trở lại danh sách, chưa thuộc chi đoàn nào.</translation>
    </message>
    <message>
        <source>{name} is back in the roster.</source>
        <translation>{name} đã trở lại danh sách.</translation>
    </message>
    <message>
        <source>The meeting of {date} is back.</source>
        <translation>Đã khôi phục cuộc họp ngày {date}.</translation>
    </message>
    <message>
        <source>This chapter is not in the trash any more.</source>
        <translation>Chi đoàn này không còn ở trong thùng rác.</translation>
    </message>
    <message>
        <source>Another chapter is now called {name}. Rename that chapter first, then restore this one.</source>
        <translation>Hiện đã có chi đoàn khác mang tên {name}. Hãy đổi tên chi đoàn đó trước, rồi khôi phục chi đoàn này.</translation>
    </message>
    <message>
        <source>The chapter {name} is back.</source>
        <translation>Chi đoàn {name} đã được khôi phục.</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <source>What</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>Chuyển vào thùng rác lúc</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>People, chapters, meetings, trainings, youth works, volunteer drives, commendations and cadre plans moved to the trash. Nothing in the trash is ever deleted for good: select an item and press Restore to bring it back. A record whose chapter or person is in the trash too comes back after it.</source>
        <translation>Người, chi đoàn, cuộc họp, lớp tập huấn, công trình, phần việc thanh niên, hoạt động tình nguyện, khen thưởng và quy hoạch cán bộ đã chuyển vào thùng rác. Không có gì trong thùng rác bị xóa vĩnh viễn: chọn một mục rồi bấm Khôi phục để lấy lại. Mục nào có chi đoàn hoặc người liên quan cũng đang ở trong thùng rác thì khôi phục sau chi đoàn hoặc người đó.</translation>
    </message>
    <message>
        <source>Show one kind of record, or every kind</source>
        <translation>Chỉ hiện một loại bản ghi, hoặc tất cả các loại</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Hiện</translation>
    </message>
    <message>
        <source>Search the trash</source>
        <translation>Tìm trong thùng rác</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Bring the selected item back (Alt+R)</source>
        <translation>Đưa mục đã chọn trở lại (Alt+R)</translation>
    </message>
    <message>
        <source>All kinds ({n})</source>
        <translation>Tất cả các loại ({n})</translation>
    </message>
    <message>
        <source>{kind} ({n})</source>
        <translation>{kind} ({n})</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Thùng rác trống.</translation>
    </message>
    <message>
        <source>Nothing in the trash matches.</source>
        <translation>Không có mục nào trong thùng rác khớp.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Chưa có gì thay đổi: {reason}</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust a commune</source>
        <translation>Tin cậy một xã</translation>
    </message>
    <message>
        <source>Commune:</source>
        <translation>Xã:</translation>
    </message>
    <message>
        <source>Unit code:</source>
        <translation>Mã đơn vị:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Mã khóa:</translation>
    </message>
    <message>
        <source>This key replaces key {old}, which is then retired: the files it signed before the rotation still count, later ones are refused.</source>
        <translation>Khóa này thay cho khóa {old}, khóa cũ đó sẽ ngừng sử dụng: các tệp được ký bằng khóa cũ trước khi thay khóa vẫn được tính, các tệp ký sau đó bị từ chối.</translation>
    </message>
    <message>
        <source>Type the &amp;fingerprint printed on the paper sheet the commune sent (16 groups of four characters; spaces, dashes and capitals do not matter):</source>
        <translation>Gõ &amp;dấu vân tay khóa in trên phiếu giấy xã đã gửi (16 nhóm, mỗi nhóm bốn ký tự; không phân biệt dấu cách, gạch nối, chữ hoa hay chữ thường):</translation>
    </message>
    <message>
        <source>Fingerprint from the paper sheet</source>
        <translation>Dấu vân tay khóa theo phiếu giấy</translation>
    </message>
    <message>
        <source>I have &amp;no paper sheet: trust this key anyway</source>
        <translation>Tôi &amp;không có phiếu giấy: vẫn tin cậy khóa này</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Tin cậy</translation>
    </message>
    <message>
        <source>Without the sheet nothing shows that this file comes from the commune: anyone could have made it. Read this fingerprint to the commune by phone, and compare it with the sheet when it arrives; if it differs, revoke the key.
{fingerprint}</source>
        <translation>Không có phiếu giấy thì không có gì chứng tỏ tệp này do xã gửi: bất kỳ ai cũng có thể tạo ra nó. Hãy đọc dấu vân tay khóa này cho xã qua điện thoại để đối chiếu, và so với phiếu giấy khi nhận được; nếu không khớp, hãy thu hồi khóa.
{fingerprint}</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>for example Hòa Phú</source>
        <translation>ví dụ: Hòa Phú</translation>
    </message>
    <message>
        <source>the code the superior office gave, e.g. HP-DL-01</source>
        <translation>mã do Đoàn cấp trên cấp, ví dụ: HP-DL-01</translation>
    </message>
    <message>
        <source>for example Đắk Lắk</source>
        <translation>ví dụ: Đắk Lắk</translation>
    </message>
    <message>
        <source>for example Tỉnh Đoàn Đắk Lắk</source>
        <translation>ví dụ: Tỉnh Đoàn Đắk Lắk</translation>
    </message>
    <message>
        <source>for example TD-DL</source>
        <translation>ví dụ: TD-DL</translation>
    </message>
    <message>
        <source>Unit name *</source>
        <translation>Tên đơn vị *</translation>
    </message>
    <message>
        <source>Unit code *</source>
        <translation>Mã đơn vị *</translation>
    </message>
    <message>
        <source>Kind *</source>
        <translation>Loại đơn vị *</translation>
    </message>
    <message>
        <source>Province or city *</source>
        <translation>Tỉnh hoặc thành phố *</translation>
    </message>
    <message>
        <source>Superior office *</source>
        <translation>Đoàn cấp trên *</translation>
    </message>
    <message>
        <source>Superior office code *</source>
        <translation>Mã Đoàn cấp trên *</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Your unit</source>
        <translation>Đơn vị của bạn</translation>
    </message>
    <message>
        <source>The Youth Union of your province or city, which receives the communes&apos; reports, and the office above it. Fields marked * are required.</source>
        <translation>Tỉnh Đoàn hoặc Thành Đoàn của bạn, nơi nhận báo cáo của các xã, và Đoàn cấp trên của đơn vị. Các trường đánh dấu * là bắt buộc.</translation>
    </message>
    <message>
        <source>The Youth Union of your commune, ward or special zone, and the office it reports to. Fields marked * are required.</source>
        <translation>Đoàn xã, phường hoặc đặc khu của bạn, và Đoàn cấp trên mà đơn vị báo cáo. Các trường đánh dấu * là bắt buộc.</translation>
    </message>
    <message>
        <source>Commune office: sends reports to the superior office</source>
        <translation>Đoàn xã: gửi báo cáo lên Đoàn cấp trên</translation>
    </message>
    <message>
        <source>Superior office (province or city): receives the communes&apos; reports</source>
        <translation>Đoàn cấp trên (tỉnh hoặc thành phố): nhận báo cáo của các xã</translation>
    </message>
    <message>
        <source>This office is</source>
        <translation>Đơn vị này là</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The chapter needs a name.</source>
        <translation>Chi đoàn cần có tên.</translation>
    </message>
    <message>
        <source>Another chapter already has this name.</source>
        <translation>Đã có chi đoàn khác mang tên này.</translation>
    </message>
    <message>
        <source>Choose the kind of chapter.</source>
        <translation>Hãy chọn loại chi đoàn.</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>Họ và tên là bắt buộc.</translation>
    </message>
    <message>
        <source>The admission date is before the birth date.</source>
        <translation>Ngày vào Đoàn sớm hơn ngày sinh.</translation>
    </message>
    <message>
        <source>Choose male or female.</source>
        <translation>Hãy chọn Nam hoặc Nữ.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Hãy chọn tình trạng.</translation>
    </message>
    <message>
        <source>Choose a chapter from the list.</source>
        <translation>Hãy chọn một chi đoàn trong danh sách.</translation>
    </message>
    <message>
        <source>Choose a classification from the list.</source>
        <translation>Hãy chọn một mức xếp loại trong danh sách.</translation>
    </message>
    <message>
        <source>The classification year is not valid.</source>
        <translation>Năm xếp loại không hợp lệ.</translation>
    </message>
    <message>
        <source>{name} already has this citizen ID.</source>
        <translation>{name} đã có số CCCD này.</translation>
    </message>
    <message>
        <source>Someone with the same name and birth date is already in the roster.</source>
        <translation>Đã có người cùng họ tên và ngày sinh trong danh sách.</translation>
    </message>
    <message>
        <source>Choose a person from the roster.</source>
        <translation>Hãy chọn một người trong danh sách.</translation>
    </message>
    <message>
        <source>Choose an office from the list.</source>
        <translation>Hãy chọn một chức vụ trong danh sách.</translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation>Ngày bắt đầu là bắt buộc.</translation>
    </message>
    <message>
        <source>The sitting secretary&apos;s term started after this date.</source>
        <translation>Nhiệm kỳ của Bí thư đương nhiệm bắt đầu sau ngày này.</translation>
    </message>
    <message>
        <source>The end date is required.</source>
        <translation>Ngày kết thúc là bắt buộc.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc sớm hơn ngày bắt đầu.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Trường này là bắt buộc.</translation>
    </message>
    <message>
        <source>Choose the kind of unit.</source>
        <translation>Hãy chọn loại đơn vị.</translation>
    </message>
    <message>
        <source>Choose commune office or superior office.</source>
        <translation>Hãy chọn Đoàn xã hoặc Đoàn cấp trên.</translation>
    </message>
    <message>
        <source>The code may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Mã chỉ được gồm chữ cái, chữ số, &apos;-&apos;, &apos;_&apos; và &apos;.&apos;.</translation>
    </message>
    <message>
        <source>This is an old 9-digit identity card number (CMND), no longer valid: enter the 12-digit citizen ID (CCCD), or leave the field empty.</source>
        <translation>Đây là số chứng minh nhân dân (CMND) cũ 9 chữ số, không còn giá trị: hãy nhập số căn cước công dân (CCCD) 12 chữ số, hoặc để trống.</translation>
    </message>
    <message>
        <source>The citizen ID must be exactly 12 digits.</source>
        <translation>Số CCCD phải gồm đúng 12 chữ số.</translation>
    </message>
    <message>
        <source>The phone number must be 10 digits starting with 0.</source>
        <translation>Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0.</translation>
    </message>
    <message>
        <source>Type the date as dd/mm/yyyy (for example 05/02/2004) or as a year alone.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy (ví dụ 05/02/2004) hoặc chỉ nhập năm.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Ngày không thể ở tương lai.</translation>
    </message>
    <message>
        <source>A Union member is normally at least 16; this person is {age}.</source>
        <translation>Đoàn viên thường từ 16 tuổi trở lên; người này {age} tuổi.</translation>
    </message>
    <message>
        <source>A Union member is normally at most 30; this person is {age}.</source>
        <translation>Đoàn viên thường không quá 30 tuổi; người này {age} tuổi.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Commune (xã)</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Ward (phường)</source>
        <translation>Phường</translation>
    </message>
    <message>
        <source>Special zone (đặc khu)</source>
        <translation>Đặc khu</translation>
    </message>
    <message>
        <source>Province (tỉnh)</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Centrally-run city (thành phố)</source>
        <translation>Thành phố trực thuộc trung ương</translation>
    </message>
    <message>
        <source>Village (thôn)</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>Village (buôn)</source>
        <translation>Buôn</translation>
    </message>
    <message>
        <source>Village (bản)</source>
        <translation>Bản</translation>
    </message>
    <message>
        <source>Hamlet (ấp)</source>
        <translation>Ấp</translation>
    </message>
    <message>
        <source>Residential group (tổ dân phố)</source>
        <translation>Tổ dân phố</translation>
    </message>
    <message>
        <source>Neighbourhood (khu phố)</source>
        <translation>Khu phố</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường học</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Active here</source>
        <translation>Đang sinh hoạt</translation>
    </message>
    <message>
        <source>Working or studying away</source>
        <translation>Đi làm ăn, học tập xa</translation>
    </message>
    <message>
        <source>Received here</source>
        <translation>Tiếp nhận sinh hoạt tại đây</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Đã chuyển sinh hoạt</translation>
    </message>
    <message>
        <source>Aged out</source>
        <translation>Đã trưởng thành Đoàn</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Đã xóa tên</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Đã mất</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <source>Deputy secretary</source>
        <translation>Phó Bí thư</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Ủy viên BCH</translation>
    </message>
    <message>
        <source>Excellently completed duties</source>
        <translation>Hoàn thành xuất sắc nhiệm vụ</translation>
    </message>
    <message>
        <source>Well completed duties</source>
        <translation>Hoàn thành tốt nhiệm vụ</translation>
    </message>
    <message>
        <source>Completed duties</source>
        <translation>Hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>Did not complete duties</source>
        <translation>Không hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Xuất sắc</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Khá</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Yếu</translation>
    </message>
</context>
<context>
    <name>VolunteerForm</name>
    <message>
        <source>Edit volunteer drive</source>
        <translation>Sửa hoạt động tình nguyện</translation>
    </message>
    <message>
        <source>New volunteer drive</source>
        <translation>Thêm hoạt động tình nguyện</translation>
    </message>
    <message>
        <source>for example Ngày Chủ nhật xanh</source>
        <translation>ví dụ: Ngày Chủ nhật xanh</translation>
    </message>
    <message>
        <source>The whole commune</source>
        <translation>Toàn xã</translation>
    </message>
    <message>
        <source>lượt: person-times</source>
        <translation>lượt: mỗi người, mỗi lần tham gia tính một lượt</translation>
    </message>
    <message>
        <source>đồng</source>
        <translation>đồng</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Tên *</translation>
    </message>
    <message>
        <source>Field *</source>
        <translation>Lĩnh vực *</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Start *</source>
        <translation>Bắt đầu *</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Teams (đội hình)</source>
        <translation>Đội hình</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <source>Participation (lượt)</source>
        <translation>Số lượt tham gia</translation>
    </message>
    <message>
        <source>People helped</source>
        <translation>Số người được hỗ trợ</translation>
    </message>
    <message>
        <source>Value (đồng)</source>
        <translation>Giá trị (đồng)</translation>
    </message>
    <message>
        <source>People named</source>
        <translation>Người tham gia có tên</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
</context>
<context>
    <name>Volunteering</name>
    <message>
        <source>Environmental protection</source>
        <translation>Bảo vệ môi trường</translation>
    </message>
    <message>
        <source>Traffic safety</source>
        <translation>An toàn giao thông</translation>
    </message>
    <message>
        <source>Blood donation</source>
        <translation>Hiến máu tình nguyện</translation>
    </message>
    <message>
        <source>Epidemic prevention</source>
        <translation>Phòng, chống dịch bệnh</translation>
    </message>
    <message>
        <source>Digital transformation support</source>
        <translation>Hỗ trợ chuyển đổi số</translation>
    </message>
    <message>
        <source>Support for the vulnerable</source>
        <translation>Hỗ trợ người yếu thế</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation>Ngày bắt đầu là bắt buộc.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>Ngày kết thúc không thể trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The drive needs a name.</source>
        <translation>Hoạt động cần có tên.</translation>
    </message>
    <message>
        <source>Choose the field of volunteering.</source>
        <translation>Hãy chọn lĩnh vực tình nguyện.</translation>
    </message>
    <message>
        <source>Choose a chapter from the list.</source>
        <translation>Hãy chọn một chi đoàn trong danh sách.</translation>
    </message>
    <message>
        <source>Choose the participants from the roster.</source>
        <translation>Hãy chọn người tham gia trong danh sách.</translation>
    </message>
    <message>
        <source>The participation in lượt cannot be below the {n} people named.</source>
        <translation>Số lượt tham gia không thể ít hơn {n} người có tên.</translation>
    </message>
    <message>
        <source>Fewer lượt than volunteers: each volunteer counts at least one lượt.</source>
        <translation>Số lượt ít hơn số tình nguyện viên: mỗi tình nguyện viên được tính ít nhất một lượt.</translation>
    </message>
    <message>
        <source>This drive is in the trash.</source>
        <translation>Hoạt động này đang ở trong thùng rác.</translation>
    </message>
    <message>
        <source>There is no volunteer drive with the id {id}.</source>
        <translation>Không có hoạt động tình nguyện nào có mã {id}.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to doan-desktop</source>
        <translation>Chào mừng đến với doan-desktop</translation>
    </message>
    <message>
        <source>A few questions before you start.</source>
        <translation>Một vài câu hỏi trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>doan-desktop keeps the records of a commune Youth Union office: its chapters, its members and youth, meetings and their minutes, and the reports sent to the superior office. Everything is kept on this computer.</source>
        <translation>doan-desktop lưu hồ sơ, sổ sách của Đoàn xã: các chi đoàn, đoàn viên, thanh niên, các cuộc họp và biên bản, cùng các báo cáo gửi Đoàn cấp trên. Mọi dữ liệu đều được lưu trên máy tính này.</translation>
    </message>
    <message>
        <source>Four short steps follow:
1. Your unit: its name and code, and the office it reports to.
2. Its chapters, if you want to enter them now.
3. The key that signs your reports (or later, in Settings).
4. A summary to check before saving.

All of it can be changed later, in Settings and on the Chapters page.</source>
        <translation>Tiếp theo là bốn bước ngắn:
1. Đơn vị của bạn: tên, mã đơn vị và Đoàn cấp trên mà đơn vị báo cáo.
2. Các chi đoàn, nếu bạn muốn nhập ngay.
3. Khóa ký báo cáo (hoặc tạo sau, trong Cài đặt).
4. Bản tóm tắt để kiểm tra trước khi lưu.

Mọi thông tin đều có thể thay đổi sau, trong Cài đặt và ở trang Chi đoàn.</translation>
    </message>
</context>
<context>
    <name>WorkForm</name>
    <message>
        <source>Edit youth work or task</source>
        <translation>Sửa công trình, phần việc thanh niên</translation>
    </message>
    <message>
        <source>New youth work or task</source>
        <translation>Thêm công trình, phần việc thanh niên</translation>
    </message>
    <message>
        <source>for example Thắp sáng đường quê</source>
        <translation>ví dụ: Thắp sáng đường quê</translation>
    </message>
    <message>
        <source>đồng</source>
        <translation>đồng</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Tên *</translation>
    </message>
    <message>
        <source>Kind *</source>
        <translation>Loại *</translation>
    </message>
    <message>
        <source>State *</source>
        <translation>Trạng thái *</translation>
    </message>
    <message>
        <source>Start *</source>
        <translation>Bắt đầu *</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Value (đồng)</source>
        <translation>Giá trị (đồng)</translation>
    </message>
    <message>
        <source>Workdays</source>
        <translation>Ngày công</translation>
    </message>
    <message>
        <source>Participants (number)</source>
        <translation>Số người tham gia</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Chapters *</source>
        <translation>Chi đoàn *</translation>
    </message>
    <message>
        <source>People named</source>
        <translation>Người tham gia có tên</translation>
    </message>
</context>
<context>
    <name>Works</name>
    <message>
        <source>Youth work</source>
        <translation>Công trình thanh niên</translation>
    </message>
    <message>
        <source>Youth task</source>
        <translation>Phần việc thanh niên</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Đã bàn giao</translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation>Ngày bắt đầu là bắt buộc.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>Ngày kết thúc không thể trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The work needs a name.</source>
        <translation>Công trình, phần việc cần có tên.</translation>
    </message>
    <message>
        <source>Choose a work or a task.</source>
        <translation>Hãy chọn công trình hoặc phần việc.</translation>
    </message>
    <message>
        <source>Choose the state of the work.</source>
        <translation>Hãy chọn trạng thái của công trình, phần việc.</translation>
    </message>
    <message>
        <source>Tick the chapter or chapters doing this work.</source>
        <translation>Hãy đánh dấu chi đoàn thực hiện công trình, phần việc này.</translation>
    </message>
    <message>
        <source>Choose chapters from the list.</source>
        <translation>Hãy chọn các chi đoàn trong danh sách.</translation>
    </message>
    <message>
        <source>Choose the participants from the roster.</source>
        <translation>Hãy chọn người tham gia trong danh sách.</translation>
    </message>
    <message>
        <source>The number of participants cannot be below the {n} people named.</source>
        <translation>Số người tham gia không thể ít hơn {n} người có tên.</translation>
    </message>
    <message>
        <source>A finished work usually has an end date.</source>
        <translation>Công trình, phần việc đã hoàn thành thường có ngày kết thúc.</translation>
    </message>
    <message>
        <source>This work is in the trash.</source>
        <translation>Công trình, phần việc này đang ở trong thùng rác.</translation>
    </message>
    <message>
        <source>There is no work with the id {id}.</source>
        <translation>Không có công trình, phần việc nào có mã {id}.</translation>
    </message>
</context>
<context>
    <name>WorksModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Value (đ)</source>
        <translation>Giá trị (đ)</translation>
    </message>
    <message>
        <source>Workdays</source>
        <translation>Ngày công</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Whole commune</source>
        <translation>Toàn xã</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Đội hình</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <source>Lượt</source>
        <translation>Lượt</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Người được hỗ trợ</translation>
    </message>
    <message>
        <source>Commended</source>
        <translation>Đối tượng khen thưởng</translation>
    </message>
    <message>
        <source>Person or chapter</source>
        <translation>Cá nhân hay chi đoàn</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp khen thưởng</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Planned office</source>
        <translation>Chức danh quy hoạch</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Nhiệm kỳ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>WorksPage</name>
    <message>
        <source>Youth works and tasks of the chapters, volunteer drives, commendations and the people being prepared as future cadres.</source>
        <translation>Công trình, phần việc thanh niên của các chi đoàn, hoạt động tình nguyện, khen thưởng và những người được quy hoạch, tạo nguồn cán bộ.</translation>
    </message>
    <message>
        <source>Works and tasks</source>
        <translation>Công trình, phần việc</translation>
    </message>
    <message>
        <source>Volunteer drives</source>
        <translation>Hoạt động tình nguyện</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Cadre sources</source>
        <translation>Tạo nguồn cán bộ</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a record; Delete moves it to the trash. A year shows the works and drives under way at any time in it, the commendations decided in it and the plans whose term includes it.</source>
        <translation>Nhấp đúp hoặc nhấn Enter để mở một mục; phím Delete chuyển mục đó vào thùng rác. Khi chọn một năm, danh sách hiện các công trình và hoạt động diễn ra vào bất kỳ thời điểm nào trong năm đó, các khen thưởng quyết định trong năm và các quy hoạch có nhiệm kỳ bao gồm năm đó.</translation>
    </message>
    <message>
        <source>{count} works and tasks · value {value} · {workdays} workdays · {participants} participants</source>
        <translation>{count} công trình, phần việc · giá trị {value} · {workdays} ngày công · {participants} người tham gia</translation>
    </message>
    <message>
        <source>the work “{name}”</source>
        <translation>công trình, phần việc “{name}”</translation>
    </message>
    <message>
        <source>New work or task</source>
        <translation>Thêm công trình, phần việc</translation>
    </message>
    <message>
        <source>{count} drives · {participation} lượt · {volunteers} volunteers in {teams} teams · {helped} people helped · value {value}</source>
        <translation>{count} hoạt động · {participation} lượt · {volunteers} tình nguyện viên trong {teams} đội hình · {helped} người được hỗ trợ · giá trị {value}</translation>
    </message>
    <message>
        <source>the drive “{name}”</source>
        <translation>hoạt động “{name}”</translation>
    </message>
    <message>
        <source>New volunteer drive</source>
        <translation>Thêm hoạt động tình nguyện</translation>
    </message>
    <message>
        <source>{count} commendations: {people} of people, {chapters} of chapters</source>
        <translation>{count} khen thưởng: {people} cá nhân, {chapters} chi đoàn</translation>
    </message>
    <message>
        <source>the commendation “{title}” of {name}</source>
        <translation>khen thưởng “{title}” của {name}</translation>
    </message>
    <message>
        <source>New commendation</source>
        <translation>Thêm khen thưởng</translation>
    </message>
    <message>
        <source>{count} people planned</source>
        <translation>{count} người được quy hoạch</translation>
    </message>
    <message>
        <source>the plan for {name} ({office})</source>
        <translation>quy hoạch của {name} ({office})</translation>
    </message>
    <message>
        <source>New cadre plan</source>
        <translation>Thêm quy hoạch cán bộ</translation>
    </message>
</context>
<context>
    <name>YearPlanModel</name>
    <message>
        <source>Joint meeting (host)</source>
        <translation>Sinh hoạt liên chi đoàn (đăng cai)</translation>
    </message>
    <message>
        <source>Briefings: {held} of {due} held</source>
        <translation>Giao ban: đã tổ chức {held}/{due}</translation>
    </message>
    <message>
        <source> (T)</source>
        <translation> (CĐ)</translation>
    </message>
    <message>
        <source> (J)</source>
        <translation> (LK)</translation>
    </message>
    <message>
        <source>No meeting recorded for {month:02d}/{year}.</source>
        <translation>Chưa ghi nhận buổi sinh hoạt nào trong tháng {month:02d}/{year}.</translation>
    </message>
    <message>
        <source>host: {name}</source>
        <translation>đăng cai: {name}</translation>
    </message>
    <message>
        <source>themed</source>
        <translation>chuyên đề</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <source>M{month}</source>
        <translation>T{month}</translation>
    </message>
</context>
<context>
    <name>_SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Club session</source>
        <translation>Buổi sinh hoạt CLB</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Choose the roster file</source>
        <translation>Chọn tệp danh sách</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.csv *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
</context>
</TS>

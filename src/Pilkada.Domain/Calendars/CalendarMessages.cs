namespace Pilkada.Domain.Calendars;

/// <summary>Messages of the calendars area (and of its validation rules), in English and Bahasa Indonesia.</summary>
internal static class CalendarMessages
{
    internal static readonly Dictionary<string, MessageText> Table = new(StringComparer.Ordinal)
    {
        ["DeadlinePeriod.Invalid"] = new(
            "'{value}' is not a valid deadline period: {reason}",
            "'{value}' bukan jangka waktu yang sah: {reason}"),
        ["DeadlinePeriod.None"] = new(
            "no error (position {position})",
            "tidak ada kesalahan (posisi {position})"),
        ["DeadlinePeriod.Empty"] = new(
            "the period is empty (position {position}); write e.g. '7 hari', '3 hari kerja' or '1 x 24 jam'.",
            "jangka waktu kosong (posisi {position}); tulis misalnya '7 hari', '3 hari kerja' atau '1 x 24 jam'."),
        ["DeadlinePeriod.MissingNumber"] = new(
            "character {position} should start the number of days or hours.",
            "karakter ke-{position} seharusnya awal bilangan hari atau jam."),
        ["DeadlinePeriod.NumberOutOfRange"] = new(
            "the number at character {position} must be between 1 and 9999.",
            "bilangan pada karakter ke-{position} harus antara 1 dan 9999."),
        ["DeadlinePeriod.MissingUnit"] = new(
            "the text ends at character {position} without a unit ('hari', 'hari kerja' or 'jam').",
            "teks berakhir pada karakter ke-{position} tanpa satuan ('hari', 'hari kerja' atau 'jam')."),
        ["DeadlinePeriod.UnknownUnit"] = new(
            "the word at character {position} is not a unit; use 'hari', 'hari kalender', 'hari kerja' or 'jam' (or 'days', 'working days', 'hours').",
            "kata pada karakter ke-{position} bukan satuan; gunakan 'hari', 'hari kalender', 'hari kerja' atau 'jam'."),
        ["DeadlinePeriod.InvalidMultiplier"] = new(
            "the multiplier at character {position} must be 'x 24 jam' (as in '1 x 24 jam').",
            "pengali pada karakter ke-{position} harus 'x 24 jam' (seperti '1 x 24 jam')."),
        ["DeadlinePeriod.UnexpectedText"] = new(
            "unexpected text at character {position} after the period.",
            "ada teks yang tidak diharapkan pada karakter ke-{position} setelah jangka waktu."),

        ["Calendar.DateNotCovered"] = new(
            "{date} is outside the years the non-working-day table covers ({covered}), so working days cannot be counted there; add that year's days and coverage to the table. Table: {edition}.",
            "{date} berada di luar tahun yang dicakup daftar hari libur ({covered}), sehingga hari kerja tidak dapat dihitung; tambahkan hari libur dan cakupan tahun itu ke daftar. Daftar: {edition}."),
        ["Calendar.ResultNotCovered"] = new(
            "Counting {days} working days from {date} goes beyond the years the non-working-day table covers ({covered}). Table: {edition}.",
            "Penghitungan {days} hari kerja dari {date} melampaui tahun yang dicakup daftar hari libur ({covered}). Daftar: {edition}."),
        ["Calendar.RangeNotCovered"] = new(
            "Counting working days from {date} to {endDate} crosses years the non-working-day table does not cover (it covers {covered}). Table: {edition}.",
            "Penghitungan hari kerja dari {date} sampai {endDate} melewati tahun yang tidak dicakup daftar hari libur (yang dicakup: {covered}). Daftar: {edition}."),

        ["Calendar.Weekday.Monday"] = new("Monday", "Senin"),
        ["Calendar.Weekday.Tuesday"] = new("Tuesday", "Selasa"),
        ["Calendar.Weekday.Wednesday"] = new("Wednesday", "Rabu"),
        ["Calendar.Weekday.Thursday"] = new("Thursday", "Kamis"),
        ["Calendar.Weekday.Friday"] = new("Friday", "Jumat"),
        ["Calendar.Weekday.Saturday"] = new("Saturday", "Sabtu"),
        ["Calendar.Weekday.Sunday"] = new("Sunday", "Minggu"),

        ["Calendar.Kind.NationalHoliday"] = new("national holiday (hari libur nasional)", "hari libur nasional"),
        ["Calendar.Kind.CollectiveLeave"] = new("collective leave (cuti bersama)", "cuti bersama"),
        ["Calendar.Kind.ElectionDay"] = new("polling-day holiday", "hari libur pemungutan suara"),
        ["Calendar.Kind.RegionalHoliday"] = new("regional holiday", "hari libur daerah"),

        ["Calendar.ServicePeriod.MasaTenang"] = new("masa tenang (cooling-off period)", "masa tenang"),
        ["Calendar.ServicePeriod.PemungutanDanPenghitunganSuara"] = new("voting and counting", "hari pemungutan dan penghitungan suara"),
        ["Calendar.ServicePeriod.Rekapitulasi"] = new("rekapitulasi (tallying of results)", "masa rekapitulasi hasil penghitungan suara"),
        ["Calendar.ServicePeriod.Other"] = new("extended service", "masa layanan khusus"),

        ["Calendar.Day.WorkingDay"] = new(
            "{weekday} {date}, a working day",
            "{weekday} {date}, hari kerja"),
        ["Calendar.Day.WorkingDayDespiteEntry"] = new(
            "{weekday} {date}, a working day: the {kind} '{name}' counts as a working day in this calendar",
            "{weekday} {date}, hari kerja: {kind} '{name}' dihitung sebagai hari kerja dalam kalender ini"),
        ["Calendar.Day.Weekend"] = new(
            "{weekday} {date}, a weekend day",
            "{weekday} {date}, akhir pekan"),
        ["Calendar.Day.NonWorkingDay"] = new(
            "{weekday} {date}, {kind}: {name} ({basis})",
            "{weekday} {date}, {kind}: {name} ({basis})"),
        ["Calendar.Day.NotCovered"] = new(
            "{weekday} {date}, outside the years the non-working-day table covers",
            "{weekday} {date}, di luar tahun yang dicakup daftar hari libur"),

        ["Deadline.Days"] = new(
            "{rule}: {period} from {start}; the last day is {lastDay}, so the period ends at {end} ({source}).",
            "{rule}: {period} sejak {start}; hari terakhir {lastDay}, sehingga batas waktu berakhir pada {end} ({source})."),
        ["Deadline.Hours"] = new(
            "{rule}: {period} from {start}; the period ends at {end} ({source}).",
            "{rule}: {period} sejak {start}; batas waktu berakhir pada {end} ({source})."),
        ["Deadline.Extended"] = new(
            "The last day was moved from {unextended}, which is not a working day.",
            "Hari terakhir dipindahkan dari {unextended} karena tanggal itu bukan hari kerja."),
        ["Deadline.NotYetInForce"] = new(
            "The rule '{rule}' ({source}) applies to periods starting on or after {from}; the period starts on {start}, before it. Use the rule of that time.",
            "Aturan '{rule}' ({source}) berlaku untuk jangka waktu yang dimulai sejak {from}; jangka waktu ini dimulai {start}, sebelum tanggal itu. Gunakan aturan yang berlaku pada waktu itu."),
        ["Deadline.NoLongerInForce"] = new(
            "The rule '{rule}' ({source}) applies to periods starting on or before {until}; the period starts on {start}, after it. Use the rule in force then.",
            "Aturan '{rule}' ({source}) berlaku untuk jangka waktu yang dimulai paling lambat {until}; jangka waktu ini dimulai {start}, setelah tanggal itu. Gunakan aturan yang berlaku saat itu."),

        ["OfficeHours.NormalHours"] = new(
            "Open: {time} is within the office hours of {weekday}, {opens}–{closes} local time ({source}).",
            "Buka: {time} berada dalam jam layanan hari {weekday}, pukul {opens}–{closes} waktu setempat ({source})."),
        ["OfficeHours.ServicePeriod"] = new(
            "Open around the clock: {time} falls in the {period} period ({periodStart} – {periodEnd}), when the office hours do not apply ({source}).",
            "Buka 24 jam: {time} berada dalam {period} ({periodStart} – {periodEnd}), ketika jam layanan tidak berlaku ({source})."),
        ["OfficeHours.BeforeOpening"] = new(
            "Closed: {time} is before the office opens at {opens} local time on {weekday} ({source}).",
            "Tutup: {time} sebelum jam layanan dibuka pukul {opens} waktu setempat pada hari {weekday} ({source})."),
        ["OfficeHours.AfterClosing"] = new(
            "Closed: {time} is after the office closes at {closes} local time on {weekday} ({source}).",
            "Tutup: {time} setelah jam layanan ditutup pukul {closes} waktu setempat pada hari {weekday} ({source})."),
        ["OfficeHours.Weekend"] = new(
            "Closed: {time} is on a {weekday}, not a working day.",
            "Tutup: {time} jatuh pada hari {weekday}, bukan hari kerja."),
        ["OfficeHours.NonWorkingDay"] = new(
            "Closed: {time} is on a non-working day — {day}.",
            "Tutup: {time} jatuh pada hari libur — {day}."),
        ["OfficeHours.NoHoursThatDay"] = new(
            "Closed: the office has no hours on {weekday} ({source}); {time}.",
            "Tutup: tidak ada jam layanan pada hari {weekday} ({source}); {time}."),

        ["CalendarJson.ExpectedString"] = new(
            "A {type} must be a JSON string, not {token}.",
            "{type} harus berupa string JSON, bukan {token}."),
        ["CalendarJson.ExpectedObject"] = new(
            "A {type} must be a JSON object, not {token}.",
            "{type} harus berupa objek JSON, bukan {token}."),
        ["CalendarJson.WrongToken"] = new(
            "{type}: the property '{property}' must be a JSON {expected}, not {token}.",
            "{type}: properti '{property}' harus berupa {expected} JSON, bukan {token}."),
        ["CalendarJson.InvalidValue"] = new(
            "{type}: '{value}' is not a valid '{property}': {reason}.",
            "{type}: '{value}' bukan nilai '{property}' yang sah: {reason}."),
        ["CalendarJson.MissingProperty"] = new(
            "{type}: the required property '{property}' is missing.",
            "{type}: properti wajib '{property}' tidak ada."),

        ["WorkingDay.NotWorkingDay"] = new(
            "{property}: {date} is not a working day: {reason}.",
            "{property}: {date} bukan hari kerja: {reason}."),
        ["WorkingDay.NotCovered"] = new(
            "{property}: {date} cannot be checked: the non-working-day table covers {covered} only.",
            "{property}: {date} tidak dapat diperiksa: daftar hari libur hanya mencakup {covered}."),
    };
}

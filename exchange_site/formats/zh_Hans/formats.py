# Simplified Chinese short dates in the numeric form of GB/T 7408 (ISO 8601),
# as Chinese tables and lists write them. Django's zh_Hans gives the long form
# ("2026年12月2日 13:37") for the short formats too; the rest is Django's.
SHORT_DATE_FORMAT = "Y-m-d"
SHORT_DATETIME_FORMAT = "Y-m-d H:i"

# English short dates as Caravan's international readers write them. Django's
# "en" is American ("12/02/2026 1:37 p.m."), which most of the world reads as
# 12 February; day, abbreviated month and a 24-hour clock are unambiguous and
# as compact. Only the short formats change; the rest is Django's.
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"

#!/bin/sh
# Run manage.py as the web server does: production settings and the site's
# environment file. Used by cron (deploy/caravan.cron) and by hand, e.g.
#   sudo -u caravan /srv/caravan/deploy/manage.sh migrate
set -eu
cd "$(dirname "$0")/.."
set -a
. "${CARAVAN_ENV_FILE:-/etc/caravan/caravan.env}"
set +a
export DJANGO_SETTINGS_MODULE=exchange_site.settings.production
exec .venv/bin/python manage.py "$@"

#!/usr/bin/env bash
# A real WordPress for the plugin's end-to-end test, from Debian's packages
# (wordpress, mariadb-server, apache2, libapache2-mod-php, php-mysql), on 127.0.0.1 only:
#   tests/wordpress/site.sh start DIR   creates DIR: a database server with its own
#                                       data folder, Apache with its own config, and a
#                                       WordPress site installed through its installer;
#                                       writes DIR/site.env (SITE_URL, ADMIN_USER, …)
#   tests/wordpress/site.sh stop DIR    stops both servers and removes DIR and the
#                                       site's config in /etc/wordpress
# Nothing of the machine's own Apache or MariaDB is used or changed: both run from
# DIR, on free ports, and `stop` ends exactly the processes `start` began.
set -euo pipefail
ACTION="${1:?start|stop}"
DIR="${2:?a folder}"
say() { printf '\033[1m[wordpress]\033[0m %s\n' "$*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# Ends the process in a pid file and waits until it is gone (at most 20 s).
stop_pid() {
  local file="$1" pid
  [ -s "$file" ] || return 0
  pid="$(cat "$file")"
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 200); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  say "process $pid did not stop; ending it"
  kill -9 "$pid" 2>/dev/null || true
}

stop() {
  [ -d "$DIR" ] || return 0
  if [ -f "$DIR/apache.conf" ] && [ -s "$DIR/run/apache.pid" ]; then
    # Apache's own stop ends its children too.
    apache2 -f "$DIR/apache.conf" -k stop 2>/dev/null || true
    stop_pid "$DIR/run/apache.pid"
  fi
  stop_pid "$DIR/run/mysqld.pid"
  [ -f "$DIR/config-name" ] && rm -f "/etc/wordpress/config-$(cat "$DIR/config-name").php"
  rm -rf "$DIR"
}

if [ "$ACTION" = stop ]; then stop; exit 0; fi

missing=()
for cmd in mariadbd mariadb-install-db apache2 php curl; do command -v "$cmd" >/dev/null || missing+=("$cmd"); done
[ -f /usr/share/wordpress/wp-settings.php ] || missing+=(wordpress)
[ -f /usr/lib/apache2/modules/libphp8.2.so ] || ls /usr/lib/apache2/modules/libphp*.so >/dev/null 2>&1 || missing+=(libapache2-mod-php)
php -r 'exit(extension_loaded("mysqli") ? 0 : 1);' 2>/dev/null || missing+=(php-mysql)
if [ ${#missing[@]} -gt 0 ]; then echo "WordPress layer not run: missing ${missing[*]}"; exit 3; fi

trap 'say "start failed: stopping what was started"; stop' ERR
mkdir -p "$DIR"/{db,run,logs,content/plugins,content/uploads,content/upgrade,content/themes}
chmod 755 "$DIR"
WEB_PORT="$(free_port)"
DB_PORT="$(free_port)"
NAME="samspil-test-$WEB_PORT"
echo "$NAME" > "$DIR/config-name"
SITE_URL="http://127.0.0.1:$WEB_PORT"
DB_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
ADMIN_PASSWORD="Samspil-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"

# --- the database ----------------------------------------------------------------
chown mysql:mysql "$DIR/db" "$DIR/run"
mariadb-install-db --no-defaults --user=mysql --datadir="$DIR/db" --skip-test-db \
  --auth-root-authentication-method=socket > "$DIR/logs/mariadb-install.log" 2>&1
mariadbd --no-defaults --user=mysql --datadir="$DIR/db" --socket="$DIR/run/mysqld.sock" \
  --pid-file="$DIR/run/mysqld.pid" --bind-address=127.0.0.1 --port="$DB_PORT" \
  --skip-log-bin --innodb-buffer-pool-size=32M --log-error="$DIR/run/mariadb.log" > "$DIR/run/mariadb.out" 2>&1 &
for _ in $(seq 1 100); do
  mariadb-admin --no-defaults --socket="$DIR/run/mysqld.sock" ping >/dev/null 2>&1 && break
  sleep 0.2
done
mariadb --no-defaults --socket="$DIR/run/mysqld.sock" -uroot <<SQL
CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'127.0.0.1';
SQL

# --- the site's config, the Debian way: /etc/wordpress/config-NAME.php ----------
# Themes and languages from Debian's packages; plugins and uploads in DIR, writable
# by the web server as on a host where an administrator can upload a plugin.
for t in /usr/share/wordpress/wp-content/themes/*/; do ln -s "$t" "$DIR/content/themes/$(basename "$t")"; done
ln -s /var/lib/wordpress/wp-content/languages "$DIR/content/languages"
chown -R www-data:www-data "$DIR/content/plugins" "$DIR/content/uploads" "$DIR/content/upgrade"
chown www-data:www-data "$DIR/content" "$DIR/logs"
salt() { head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9'; }
cat > "/etc/wordpress/config-$NAME.php" <<PHP
<?php
// The Samspil plugin's test site (tests/wordpress/site.sh); removed by its stop.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', '127.0.0.1:$DB_PORT');
define('WP_HOME', '$SITE_URL');
define('WP_SITEURL', '$SITE_URL');
define('WP_CONTENT_DIR', '$DIR/content');
define('WP_CONTENT_URL', '$SITE_URL/wp-content');
define('FS_METHOD', 'direct');
// This machine reaches no other site: WordPress must not wait for its update checks.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '$DIR/logs/debug.log');
define('WP_DEBUG_DISPLAY', false);
define('AUTH_KEY', '$(salt)'); define('SECURE_AUTH_KEY', '$(salt)'); define('LOGGED_IN_KEY', '$(salt)');
define('NONCE_KEY', '$(salt)'); define('AUTH_SALT', '$(salt)'); define('SECURE_AUTH_SALT', '$(salt)');
define('LOGGED_IN_SALT', '$(salt)'); define('NONCE_SALT', '$(salt)');
PHP
chmod 640 "/etc/wordpress/config-$NAME.php"
chgrp www-data "/etc/wordpress/config-$NAME.php"

# --- Apache, with its own config, as the site's web server ------------------------
PHP_MODULE="$(ls /usr/lib/apache2/modules/libphp*.so | head -n1)"
M=/usr/lib/apache2/modules
cat > "$DIR/apache.conf" <<CONF
ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:$WEB_PORT
PidFile $DIR/run/apache.pid
Mutex file:$DIR/run default
ErrorLog $DIR/logs/apache-error.log
LogFormat "%h \"%r\" %>s %b" short
CustomLog $DIR/logs/apache-access.log short
User www-data
Group www-data
LoadModule mpm_prefork_module $M/mod_mpm_prefork.so
LoadModule authz_core_module $M/mod_authz_core.so
LoadModule mime_module $M/mod_mime.so
LoadModule dir_module $M/mod_dir.so
LoadModule alias_module $M/mod_alias.so
LoadModule rewrite_module $M/mod_rewrite.so
LoadModule env_module $M/mod_env.so
LoadModule php_module $PHP_MODULE
StartServers 2
MinSpareServers 2
MaxSpareServers 4
MaxRequestWorkers 8
TypesConfig /etc/mime.types
DocumentRoot /usr/share/wordpress
DirectoryIndex index.php index.html
SetEnv WORDPRESS_CONFIG $NAME
Alias /wp-content $DIR/content
<FilesMatch "\.php\$">
  SetHandler application/x-httpd-php
</FilesMatch>
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  Require all granted
  # WordPress's own rules for pretty permalinks (Settings → Permalinks shows them).
  RewriteEngine On
  RewriteBase /
  RewriteRule ^index\.php\$ - [L]
  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteCond %{REQUEST_FILENAME} !-d
  RewriteRule . /index.php [L]
</Directory>
<Directory $DIR/content>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory /usr/share/wordpress/wp-content>
  Require all granted
</Directory>
CONF
apache2 -f "$DIR/apache.conf" -k start
for _ in $(seq 1 100); do curl -s -o /dev/null "$SITE_URL/wp-admin/install.php" && break; sleep 0.2; done

# --- WordPress's own installer ----------------------------------------------------
# The form of wp-admin/install.php, step 2, as a person fills it in (English site;
# the test sets the administrator's language to Danish afterwards).
curl -sS --fail -o "$DIR/logs/install.html" "$SITE_URL/wp-admin/install.php?step=2" \
  --data-urlencode "weblog_title=Frivilligcenter Åby" \
  --data-urlencode "user_name=admin" \
  --data-urlencode "admin_password=$ADMIN_PASSWORD" \
  --data-urlencode "admin_password2=$ADMIN_PASSWORD" \
  --data-urlencode "pw_weak=1" \
  --data-urlencode "admin_email=admin@frivilligcenter.example" \
  --data-urlencode "blog_public=0" \
  --data-urlencode "language="
if ! grep -q 'wp-login.php' "$DIR/logs/install.html" || ! grep -qi 'success' "$DIR/logs/install.html"; then
  say "the installer did not finish: see $DIR/logs/install.html"
  false
fi
trap - ERR
cat > "$DIR/site.env" <<ENV
SITE_URL=$SITE_URL
ADMIN_USER=admin
ADMIN_PASSWORD=$ADMIN_PASSWORD
WP_DEBUG_LOG=$DIR/logs/debug.log
WP_PLUGINS_DIR=$DIR/content/plugins
DB_SOCKET=$DIR/run/mysqld.sock
ENV
say "WordPress $(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" /usr/share/wordpress/wp-includes/version.php) is installed at $SITE_URL (database on 127.0.0.1:$DB_PORT)"

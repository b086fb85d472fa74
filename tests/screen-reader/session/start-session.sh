#!/bin/bash
# Starts one screen-reader session: Xvfb, a session D-Bus, openbox, the AT-SPI bus, Orca (with
# this kit's settings and a debug log) and Chromium on URL (default about:blank).
#
#   ./start-session.sh [URL]
#
# Settings (environment, all optional):
#   SR_KIT_RUN        run folder for logs, transcripts, the browser profile (default: a new mktemp -d under /tmp)
#   SR_KIT_DISPLAY    X display, e.g. :99 (default: the first free one from :99 up)
#   SR_KIT_BROWSER    browser binary (default: chromium)
#   SR_KIT_ORCA_WAIT  seconds to wait for another Orca of the same user to exit (default 0: fail at once)
#   SR_KIT_STATE      file that records the run folder for env.sh / stop-session.sh
#                     (default ${TMPDIR:-/tmp}/screen-reader-kit-<uid>.current)
# Every PID started is written to $SR_KIT_RUN/pids.txt; stop-session.sh stops exactly those and
# the helpers they spawned. On a start-up failure this script stops what it started and exits 1.
set -u
KIT=$(cd "$(dirname "$0")" && pwd)
URL=${1:-about:blank}
STATE=${SR_KIT_STATE:-${TMPDIR:-/tmp}/screen-reader-kit-$(id -u).current}
[ -n "${SR_KIT_RUN:-}" ] || SR_KIT_RUN=$(mktemp -d /tmp/screen-reader-kit.XXXXXX)
mkdir -p "$SR_KIT_RUN"
SR_KIT_RUN=$(cd "$SR_KIT_RUN" && pwd)
export SR_KIT_RUN SR_KIT_STATE=$STATE
echo "$SR_KIT_RUN" > "$STATE"
: > "$SR_KIT_RUN/pids.txt"
die() { echo "start-session: $*" >&2; "$KIT/stop-session.sh" >/dev/null 2>&1; exit 1; }
for tool in Xvfb dbus-launch openbox orca xdotool xdpyinfo gsettings "${SR_KIT_BROWSER:-chromium}"; do
  command -v "$tool" >/dev/null || die "'$tool' is not installed (see README.md: apt-get install ...)"
done
[ -x /usr/libexec/at-spi-bus-launcher ] || die "/usr/libexec/at-spi-bus-launcher missing (apt-get install at-spi2-core)"

# Orca refuses to start while any other Orca of this user runs (it checks 'pgrep -u UID -x orca').
for i in $(seq 0 "${SR_KIT_ORCA_WAIT:-0}"); do
  others=$(pgrep -u "$(id -u)" -x orca | tr '\n' ' ')
  [ -z "$others" ] && break
  [ "$i" -ge "${SR_KIT_ORCA_WAIT:-0}" ] && die "another Orca of this user is running (PID $others); Orca allows one per user"
  sleep 1
done

# Xvfb on the requested display, or on the first free one from :99.
start_x() {
  Xvfb "$1" -screen 0 1280x1024x24 -nolisten tcp > "$SR_KIT_RUN/xvfb.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 40); do
    kill -0 $pid 2>/dev/null || return 1
    DISPLAY=$1 xdpyinfo >/dev/null 2>&1 && { echo "xvfb $pid" >> "$SR_KIT_RUN/pids.txt"; return 0; }
    sleep 0.25
  done
  kill $pid 2>/dev/null; return 1
}
if [ -n "${SR_KIT_DISPLAY:-}" ]; then
  start_x "$SR_KIT_DISPLAY" || die "Xvfb could not start on $SR_KIT_DISPLAY (see $SR_KIT_RUN/xvfb.log)"
  DISP=$SR_KIT_DISPLAY
else
  DISP=
  for n in $(seq 99 199); do
    [ -e /tmp/.X$n-lock ] || [ -e /tmp/.X11-unix/X$n ] && continue
    start_x ":$n" && { DISP=":$n"; break; }
  done
  [ -n "$DISP" ] || die "no free X display between :99 and :199"
fi
echo "$DISP" > "$SR_KIT_RUN/display"

. "$KIT/env.sh"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME/speech-dispatcher" "$XDG_DATA_HOME/orca"
chmod 700 "$XDG_RUNTIME_DIR"

# speech-dispatcher: espeak-ng into the ALSA null device. Without a sound card the synthesiser
# never finishes an utterance and Orca's say-all stalls after its first chunk.
cp /etc/speech-dispatcher/speechd.conf "$XDG_CONFIG_HOME/speech-dispatcher/speechd.conf"
printf 'AudioOutputMethod "alsa"\nAudioALSADevice "null"\nDefaultModule espeak-ng\n' >> "$XDG_CONFIG_HOME/speech-dispatcher/speechd.conf"
printf 'pcm.!default { type null }\nctl.!default { type hw card 0 }\n' > "$HOME/.asoundrc"

dbus-launch --sh-syntax > "$SR_KIT_RUN/dbus.env" || die "dbus-launch failed"
. "$SR_KIT_RUN/dbus.env"
echo "dbus $DBUS_SESSION_BUS_PID" >> "$SR_KIT_RUN/pids.txt"

gsettings set org.gnome.desktop.interface toolkit-accessibility true
gsettings set org.gnome.desktop.a11y.applications screen-reader-enabled true

openbox > "$SR_KIT_RUN/openbox.log" 2>&1 &
echo "openbox $!" >> "$SR_KIT_RUN/pids.txt"
/usr/libexec/at-spi-bus-launcher --launch-immediately > "$SR_KIT_RUN/at-spi.log" 2>&1 &
echo "at-spi-bus-launcher $!" >> "$SR_KIT_RUN/pids.txt"
sleep 2

# Orca: Orca 43 defaults except key echo off (user-settings.conf); debug file line-buffered
# (orca-customizations.py), so speech can be attributed to the key that caused it.
cp "$KIT/user-settings.conf" "$KIT/orca-customizations.py" "$XDG_DATA_HOME/orca/"
orca --debug-file="$ORCA_DEBUG" > "$SR_KIT_RUN/orca.log" 2>&1 &
OPID=$!
echo "orca $OPID" >> "$SR_KIT_RUN/pids.txt"
for _ in $(seq 1 120); do   # ready when it has said "Screen reader on." (at most 30 s)
  kill -0 $OPID 2>/dev/null || die "Orca exited: $(tail -3 "$SR_KIT_RUN/orca.log")"
  grep -q "SPEECH DISPATCHER: Speaking" "$ORCA_DEBUG" 2>/dev/null && break
  sleep 0.25
done
grep -q "SPEECH DISPATCHER: Speaking" "$ORCA_DEBUG" 2>/dev/null || die "Orca did not speak within 30 s (see $SR_KIT_RUN/orca.log)"

# Chromium: a fresh profile, renderer accessibility forced on, no network except 127.0.0.1.
"${SR_KIT_BROWSER:-chromium}" --no-sandbox --force-renderer-accessibility --user-data-dir="$SR_KIT_RUN/chrome" \
  --no-first-run --no-default-browser-check --disable-background-networking --disable-component-update \
  --disable-sync --disable-default-apps --disable-extensions --disable-features=Translate,OptimizationHints,MediaRouter \
  --host-resolver-rules='MAP * ~NOTFOUND , EXCLUDE 127.0.0.1' --password-store=basic --disable-gpu \
  --window-position=0,0 --window-size=1280,1000 "$URL" > "$SR_KIT_RUN/chromium.log" 2>&1 &
echo "chromium $!" >> "$SR_KIT_RUN/pids.txt"

# Wait until Orca has spoken about the browser (page load) and gone quiet (at most 60 s).
n0=$(grep -c "SPEECH DISPATCHER: Speaking" "$ORCA_DEBUG")
last=$n0; quiet=0
for _ in $(seq 1 240); do
  sleep 0.25
  n=$(grep -c "SPEECH DISPATCHER: Speaking" "$ORCA_DEBUG")
  if [ "$n" != "$last" ]; then last=$n; quiet=0; else quiet=$((quiet + 1)); fi
  [ "$n" -gt "$n0" ] && [ $quiet -ge 12 ] && break
done
echo "session ready: SR_KIT_RUN=$SR_KIT_RUN DISPLAY=$DISPLAY"
echo "speech log: $ORCA_DEBUG"

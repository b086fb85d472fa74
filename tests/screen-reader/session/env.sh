# Source me (from a subshell or a script, not from your login shell):
#   . "$(dirname "$0")/env.sh"
# Sets the environment every process of one screen-reader session shares. The session's run
# folder is $SR_KIT_RUN; when it is not set, the folder recorded by the last start-session.sh
# is used (see SR_KIT_STATE).
SR_KIT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SR_KIT_STATE=${SR_KIT_STATE:-${TMPDIR:-/tmp}/screen-reader-kit-$(id -u).current}
if [ -z "${SR_KIT_RUN:-}" ] && [ -f "$SR_KIT_STATE" ]; then SR_KIT_RUN=$(cat "$SR_KIT_STATE"); fi
if [ -z "${SR_KIT_RUN:-}" ]; then echo "env.sh: SR_KIT_RUN is not set and no session is recorded in $SR_KIT_STATE" >&2; return 1 2>/dev/null || exit 1; fi
export SR_KIT_DIR SR_KIT_STATE SR_KIT_RUN
export HOME=$SR_KIT_RUN/home                   # a private home: Orca settings, speech-dispatcher config
export XDG_RUNTIME_DIR=$SR_KIT_RUN/xdg
export XDG_CONFIG_HOME=$HOME/.config
export XDG_DATA_HOME=$HOME/.local/share
export XDG_CACHE_HOME=$HOME/.cache
export GTK_MODULES=gail:atk-bridge
export ACCESSIBILITY_ENABLED=1
unset NO_AT_BRIDGE
export LANG=C.UTF-8
export ORCA_DEBUG=$SR_KIT_RUN/orca-debug.out    # what tests/screen-reader/orca.ts reads
[ -f "$SR_KIT_RUN/display" ] && export DISPLAY=$(cat "$SR_KIT_RUN/display")
[ -f "$SR_KIT_RUN/dbus.env" ] && . "$SR_KIT_RUN/dbus.env"
true

#!/usr/bin/env bash
# Build Buurtapp as a program that needs no Python: a PyInstaller one-folder bundle.
#
#   packaging/build.sh            # from the top of a checkout; the bundle lands in dist/buurtapp/
#   packaging/build.sh --fresh    # throw the build environment away first (a cold build)
#
# It makes its own build environment (build/bundle-venv: the project installed as a wheel, not
# editable, plus PyInstaller), so the Python you run it with only needs `venv`. A second run
# reuses that environment but rebuilds the bundle from scratch (dist/buurtapp is replaced).
# Start the result with dist/buurtapp/buurtapp (no command: the window; `--help`: the commands).
#
# Linux is built and tested here (packaging/test_bundle.sh). The same spec is written for
# Windows (buurtapp.exe with a console, buurtapp-window.exe without) and macOS (Buurtapp.app),
# run from Git Bash or a macOS terminal; those two are not yet built or tested.
#
# Environment: PYTHON (default python3, 3.11 or newer).
set -euo pipefail
started=$(date +%s)
cd "$(dirname "$0")/.."
root=$(pwd)

# The build tools: minimum versions that are known to work (PyInstaller 6.10 knows PySide6 6.8).
PYINSTALLER_SPEC="pyinstaller>=6.10"
PILLOW_SPEC="pillow>=10.0"  # Windows/macOS only: the .ico/.icns made from the PNG icons

fresh=0
for arg in "$@"; do
  case "$arg" in
    --fresh) fresh=1 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

venv="$root/build/bundle-venv"
if [ "$fresh" = 1 ]; then
  rm -rf "$venv"
fi
if [ -x "$venv/bin/python" ]; then
  py="$venv/bin/python"
elif [ -x "$venv/Scripts/python.exe" ]; then
  py="$venv/Scripts/python.exe"
else
  echo "+ making the build environment in build/bundle-venv"
  "${PYTHON:-python3}" -m venv "$venv"
  if [ -x "$venv/bin/python" ]; then py="$venv/bin/python"; else py="$venv/Scripts/python.exe"; fi
fi
export PIP_DISABLE_PIP_VERSION_CHECK=1
"$py" -m pip install -q --upgrade pip
tools=("$PYINSTALLER_SPEC")
case "$(uname -s)" in
  Linux) ;;
  *) tools+=("$PILLOW_SPEC") ;;
esac
"$py" -m pip install -q "${tools[@]}"
# The project as a wheel, as a user would install it (not editable): what the wheel lacks, the
# bundle lacks too. pip rebuilds and reinstalls a folder every time, so the bundle holds the
# checkout as it is now.
"$py" -m pip install -q "$root"

# PyInstaller on Linux reads the libraries' dependencies with objdump and ldd (binutils).
if [ "$(uname -s)" = Linux ] && ! command -v objdump >/dev/null 2>&1; then
  echo "build.sh: PyInstaller needs objdump: install binutils (apt-get install binutils)" >&2
  exit 1
fi

prepared=$(date +%s)
echo "+ pyinstaller packaging/buurtapp.spec"
rm -rf "$root/dist/buurtapp" "$root/dist/Buurtapp.app"
# From a folder outside the checkout, so the analysis finds the installed package, never the
# checkout's buurtapp/ beside it.
(
  cd "$root/build"
  "$py" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath "$root/build/pyinstaller" --distpath "$root/dist" \
    "$root/packaging/buurtapp.spec"
)

finished=$(date +%s)
size=$(du -sh "$root/dist/buurtapp" | cut -f1)
echo "Bundle: dist/buurtapp ($size on disk), built in $((finished - started)) s" \
  "(build environment $((prepared - started)) s, PyInstaller $((finished - prepared)) s)."
echo "Start it with: dist/buurtapp/buurtapp"

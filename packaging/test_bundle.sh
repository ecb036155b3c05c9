#!/usr/bin/env bash
# Run the bundle (dist/buurtapp, made by packaging/build.sh) the way a computer without Python
# would: an empty environment (env -i), a fresh HOME and XDG folders, no PATH at all (every
# program by its absolute path, so no python3 can be found), another working folder, Qt
# offscreen, and the build environment moved away while it runs. It starts the window (which
# closes itself), writes the demo, prints every document, runs every other command, and checks
# the Dutch and English texts, Babel's dates, the fonts carried and the libraries left in.
#
#   packaging/test_bundle.sh [BUNDLE_DIR]     (default: dist/buurtapp)
#
# Exit 0 when everything passed; the first failure stops it with its reason.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bundle=$(cd "${1:-dist/buurtapp}" && pwd)
exe="$bundle/buurtapp"
[ -x "$exe" ] || { echo "no bundle at $bundle: run packaging/build.sh first" >&2; exit 1; }

work=$(mktemp -d)
venv="$root/build/bundle-venv"
moved=""
restore() {
  if [ -n "$moved" ]; then mv "$moved" "$venv"; fi
  rm -rf "$work"
}
trap restore EXIT
# The bundle must not need the environment it was built in: move it away meanwhile.
if [ -d "$venv" ]; then
  moved="$root/build/bundle-venv.moved-away-$$"
  mv "$venv" "$moved"
fi

mkdir -p "$work/home" "$work/config" "$work/data" "$work/cache" "$work/run" "$work/files"
chmod 700 "$work/run"
cd "$work/files"
week=$(date +%G-W%V)
year=$(date +%Y)
passed=0

fail() { echo "FAIL: $*" >&2; exit 1; }

# The program in an empty environment: only what a desktop session would set (and no time
# zone files of the system's, as on Windows: the bundle brings its own).
clean() {
  env -i HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
    XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/run" PATH=/nonexistent \
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen PYTHONTZPATH=/nonexistent "$@"
}

# step NAME COMMAND...: run it, show its output, stop on a non-zero exit.
step() {
  local name=$1
  shift
  echo "== $name"
  if ! "$@" >"$work/out" 2>&1; then
    cat "$work/out"
    fail "$name (exit code not 0)"
  fi
  head -n 8 "$work/out" | cut -c1-160 | sed 's/^/   /'
  passed=$((passed + 1))
}

# pdf_text FILE: the text of a PDF, read by a tool of this machine (not the bundle's):
# pdftotext, or else pypdf in the python3 that runs this test (CI's test environment). Qt
# compresses the text and its fonts, so the raw bytes would not show it.
pdf_text() {
  if command -v pdftotext >/dev/null 2>&1; then
    pdftotext "$1" -
  elif python3 -c "import pypdf" >/dev/null 2>&1; then
    python3 -c "import sys, pypdf
print('\n'.join(page.extract_text() for page in pypdf.PdfReader(sys.argv[1]).pages))" "$1" \
      | tr '\t' ' '  # pypdf separates the words of Qt's PDFs with tabs
  else
    fail "reading a PDF needs pdftotext (poppler-utils) or pypdf"
  fi
}

# Python must really be out of reach: the clean PATH finds nothing.
if clean /bin/sh -c 'command -v python3 || command -v python' >/dev/null 2>&1; then
  fail "a python is on the clean PATH"
fi

step "--version" clean "$exe" --version
grep -q "^buurtapp [0-9]" "$work/out" || fail "--version printed no version"

step "demo" clean "$exe" demo --db demo.db
[ -s demo.db ] || fail "demo wrote no file"

step "check (Dutch by default: the gettext catalogue is in the bundle)" \
  clean "$exe" check --db demo.db
grep -q "^In orde: " "$work/out" || fail "check did not answer in Dutch"
step "check in English" clean BUURTAPP_LANG=en "$exe" check --db demo.db
grep -q "^In order: " "$work/out" || fail "check did not answer in English"

step "print week $week" clean "$exe" print week --db demo.db --week "$week" -o week.pdf
[ -s week.pdf ] || fail "the week programme is empty"
head -c 5 week.pdf | grep -q "%PDF-" || fail "week.pdf is no PDF"
pdf_text week.pdf >week.txt
grep -q "Buurthuis De Linde" week.txt || fail "the week programme lacks the centre's name"
# Babel's Dutch data is in the bundle: the days are Dutch ("Maandag 23 november").
grep -qiE "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag" week.txt \
  || fail "the week programme has no Dutch day names (Babel's locale data?)"

# A computer without a single font: the carried DejaVu Sans must still put letters on paper.
printf '<?xml version="1.0"?>\n<fontconfig><cachedir>%s</cachedir></fontconfig>\n' \
  "$work/fc-cache" >"$work/no-fonts.conf"
step "print week without any system font" \
  clean FONTCONFIG_FILE="$work/no-fonts.conf" "$exe" print week --db demo.db --week "$week" \
  -o week-nofonts.pdf
pdf_text week-nofonts.pdf >week-nofonts.txt
grep -q "Buurthuis De Linde" week-nofonts.txt \
  || fail "without system fonts the print has no text (resources/fonts not used?)"

step "print week_large" clean "$exe" print week_large --db demo.db --week "$week" -o large.pdf
step "print signin" clean "$exe" print signin --db demo.db --session 1 -o signin.pdf
step "print initiative" clean "$exe" print initiative --db demo.db --initiative 1 \
  --from "$year-01-01" --to "$year-12-31" -o initiative.pdf
step "print participants" clean "$exe" print participants --db demo.db --initiative 1 \
  -o participants.pdf
# The centre's logo as an SVG: read through Qt's SVG image plugin, then on the print.
step "settings: an SVG logo" clean "$exe" settings --db demo.db \
  --logo "$root/resources/icons/buurtapp.svg"
step "print week with the logo" clean "$exe" print week --db demo.db --week "$week" -o logo.pdf
for pdf in large signin initiative participants logo; do
  head -c 5 "$pdf.pdf" | grep -q "%PDF-" || fail "$pdf.pdf is no PDF"
done
if command -v pdfimages >/dev/null 2>&1; then
  pdfimages -list logo.pdf >logo.txt
  grep -q " image " logo.txt || fail "the week programme has no logo"
fi
step "insights --json" clean "$exe" insights --db demo.db --from "$year-01-01" \
  --to "$year-12-31" --json
grep -q '"small_initiatives"' "$work/out" || fail "insights printed no JSON"
step "export participants (xlsx: openpyxl)" clean "$exe" export participants --db demo.db \
  --format xlsx -o participants.xlsx
step "export places (csv)" clean "$exe" export places --db demo.db -o places.csv
step "export ics (icalendar)" clean "$exe" export ics --db demo.db --from "$year-01-01" \
  --to "$year-12-31" -o agenda.ics
grep -q "BEGIN:VCALENDAR" agenda.ics || fail "agenda.ics is no calendar"
step "import places --dry-run (csv)" clean "$exe" import places places.csv --db demo.db --dry-run
step "import participants --dry-run (xlsx)" clean "$exe" import participants participants.xlsx \
  --db demo.db --dry-run
step "person export" clean "$exe" person export --db demo.db --id 1 -o person.json
step "backup" clean "$exe" backup --db demo.db -o backup.db
step "schedule" clean "$exe" schedule --db demo.db --until "$((year + 1))-03-01"
step "person anonymise" clean "$exe" person anonymise --db demo.db --id 2
step "init" clean "$exe" init --db empty.db
step "check after all that" clean "$exe" check --db demo.db

# The window: the first start (no file yet) and on the demo file; it closes itself.
step "window, first start" clean BUURTAPP_AUTOQUIT_MS=2500 "$exe"
step "window on the demo" clean BUURTAPP_AUTOQUIT_MS=2500 "$exe" --db demo.db

# Every library left in the bundle finds the Qt, Python and PySide libraries it links to
# (nothing trimmed too much). A system library missing here is only reported: the Wayland
# plugin links libwayland-*, which a Wayland desktop has and this machine may not.
echo "== libraries resolve"
if [ -x /usr/bin/ldd ]; then
  internal="$bundle/_internal"
  unresolved=$(find "$internal" -name '*.so*' -type f -print0 \
    | LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" xargs -0 -n 20 /usr/bin/ldd 2>/dev/null \
    | grep "not found" | sort -u || true)
  ours=$(echo "$unresolved" | grep -E "libQt6|libicu|libpyside|libshiboken|libpython" || true)
  [ -z "$ours" ] || fail "libraries of the bundle not found: $ours"
  [ -z "$unresolved" ] || echo "   system libraries not on this machine:" $unresolved
  passed=$((passed + 1))
fi

echo "Bundle test passed: $passed checks, $(du -sh "$bundle" | cut -f1) on disk, no Python used."

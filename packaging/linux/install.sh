#!/bin/sh
# Install the one-folder build on a Linux laptop, for every user (run as root):
#
#     sudo sh packaging/linux/install.sh [dist/field-inspector]
#
# Copies the folder to /opt/field-inspector (replacing an older version: an upgrade), links
# /usr/local/bin/field-inspector (the window; also the command line, e.g. 'field-inspector
# selfcheck'), and installs the menu entry and the icons. Users' vaults live in their own data
# folders (~/.local/share/FieldInspector/vault) and are never touched here.
set -eu
src=${1:-dist/field-inspector}
here=$(dirname "$0")
prefix=/opt/field-inspector
[ -x "$src/field-inspector" ] || { echo "no build in $src (run python packaging/build.py)" >&2; exit 1; }

rm -rf "$prefix.new"
cp -a "$src" "$prefix.new"
rm -rf "$prefix.old"
[ -d "$prefix" ] && mv "$prefix" "$prefix.old"
mv "$prefix.new" "$prefix"
rm -rf "$prefix.old"
ln -sf "$prefix/field-inspector" /usr/local/bin/field-inspector

icons="$prefix/_internal/inspector/resources/icons"
for size in 16 24 32 48 64 128 256; do
    install -D -m 644 "$icons/field-inspector-$size.png" \
        "/usr/share/icons/hicolor/${size}x${size}/apps/field-inspector.png"
done
install -D -m 644 "$icons/field-inspector.svg" /usr/share/icons/hicolor/scalable/apps/field-inspector.svg
install -D -m 644 "$here/field-inspector.desktop" /usr/share/applications/field-inspector.desktop
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q /usr/share/icons/hicolor || true
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
"$prefix/field-inspector" --version

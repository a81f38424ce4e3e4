#!/bin/sh
# 绩效 · WPS 表格加载项安装（Linux）/ Installs the 绩效 add-in for WPS 表格 on Linux.
# Copies @@FOLDER@@ (beside this script) into WPS's jsaddons folder and MERGES our <jsplugin> entry into its
# publish.xml: other add-ins' entries are kept as they are, an earlier entry of ours is replaced (one entry, not two).
# --uninstall removes only our entry and our folders. Restart WPS afterwards.
# The folder is ~/.local/share/Kingsoft/wps/jsaddons; WPS_JSADDONS_DIR overrides it.
set -eu

NAME='@@NAME@@'
VERSION='@@VERSION@@'
FOLDER="${NAME}_${VERSION}"
DEST="${WPS_JSADDONS_DIR:-$HOME/.local/share/Kingsoft/wps/jsaddons}"
PUBLISH="$DEST/publish.xml"
ENTRY="<jsplugin name=\"$NAME\" type=\"et\" url=\"$FOLDER\" version=\"$VERSION\" enable=\"enable_dev\" install=\"null\"/>"
HERE=$(cd "$(dirname "$0")" && pwd)

fail() {
  printf '%s\n' "$1" >&2
  exit 1
}

# publish.xml without our entries (any version), and with ENTRY added when $1 is "add". Other text is kept byte for byte.
rewrite() {
  awk -v name="$NAME" -v entry="$ENTRY" -v mode="$1" -v q="'" '
    function ours(tag) {
      return index(tag, " name=\"" name "\"") || index(tag, "\tname=\"" name "\"") || index(tag, "\nname=\"" name "\"") || index(tag, " name=" q name q)
    }
    BEGIN { RS = "\001" }
    {
      s = $0; out = ""
      while ((i = index(s, "<jsplugin")) > 0) {
        c = substr(s, i + 9, 1)
        if (c != " " && c != "\t" && c != "\n" && c != "\r" && c != "/" && c != ">") { out = out substr(s, 1, i + 8); s = substr(s, i + 9); continue }
        rest = substr(s, i); end = index(rest, ">"); tag = substr(rest, 1, end)
        if (!ours(tag)) { out = out substr(s, 1, i + end - 1); s = substr(s, i + end); continue }
        out = out substr(s, 1, i - 1); sub(/[ \t]*$/, "", out)
        s = substr(rest, end + 1)
        if (substr(tag, length(tag) - 1, 1) != "/") { shut = index(s, "</jsplugin>"); if (shut > 0) s = substr(s, shut + 11) }
        if (substr(s, 1, 2) == "\r\n") s = substr(s, 3); else if (substr(s, 1, 1) == "\n") s = substr(s, 2)
      }
      out = out s
      if (mode == "add") {
        last = 0; t = out
        while ((j = index(t, "</jsplugins>")) > 0) { last += j; t = substr(t, j + 1) }
        if (last > 0) {
          before = substr(out, 1, last - 1); nl = (substr(before, length(before), 1) == "\n") ? "" : "\n"
          out = before nl "  " entry "\n" substr(out, last)
        } else if (match(out, /<jsplugins[ \t\r\n]*\/>/)) {
          out = substr(out, 1, RSTART - 1) "<jsplugins>\n  " entry "\n</jsplugins>" substr(out, RSTART + RLENGTH)
        } else { exit 3 }
      }
      printf "%s", out
    }
  ' "$PUBLISH"
}

merge() {
  if [ ! -f "$PUBLISH" ] || ! grep -q '[^[:space:]]' "$PUBLISH"; then
    [ "$1" = add ] || return 0
    printf '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  %s\n</jsplugins>\n' "$ENTRY" > "$PUBLISH"
    return 0
  fi
  grep -q '<jsplugins' "$PUBLISH" || fail "publish.xml 不是 WPS 加载项列表（没有 <jsplugins>），未作改动：$PUBLISH / publish.xml is not a WPS add-in list (no <jsplugins>); left untouched"
  cp "$PUBLISH" "$PUBLISH.bak"
  tmp="$PUBLISH.tmp.$$"
  if ! rewrite "$1" > "$tmp"; then
    rm -f "$tmp"
    fail "无法合并 publish.xml，未作改动：$PUBLISH / could not merge publish.xml; left untouched"
  fi
  mv "$tmp" "$PUBLISH"
}

remove_folders() {
  for dir in "$DEST/${NAME}_"[0-9]*; do
    [ -d "$dir" ] && rm -rf "$dir"
  done
  return 0
}

if [ "${1:-}" = "--uninstall" ]; then
  [ -d "$DEST" ] || { echo "未安装 / not installed"; exit 0; }
  merge remove
  remove_folders
  echo "已卸载绩效加载项，请重启 WPS。/ The 绩效 add-in was removed; restart WPS."
  exit 0
fi

[ -d "$HERE/$FOLDER" ] || fail "找不到加载项文件夹 / add-in folder not found: $HERE/$FOLDER"
mkdir -p "$DEST"
merge add
remove_folders
cp -R "$HERE/$FOLDER" "$DEST/$FOLDER"
echo "已安装绩效加载项 $VERSION 到 $DEST，请重启 WPS。/ Installed the 绩效 add-in $VERSION into $DEST; restart WPS."

#!/bin/sh
# 绩效 · 卸载 WPS 表格加载项（Linux）/ Removes the 绩效 add-in from WPS: only our publish.xml entry and our folders.
set -eu
exec sh "$(cd "$(dirname "$0")" && pwd)/install-wps.sh" --uninstall

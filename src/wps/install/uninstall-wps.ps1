# 绩效 · 卸载 WPS 表格加载项（Windows）/ Removes the 绩效 add-in from WPS: only our publish.xml entry and our folders.
# Run: powershell -ExecutionPolicy Bypass -File uninstall-wps.ps1
$ErrorActionPreference = 'Stop'
& (Join-Path (Split-Path -Parent $MyInvocation.MyCommand.Path) 'install-wps.ps1') -Uninstall

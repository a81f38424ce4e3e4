# 绩效 · WPS 表格加载项安装（Windows）/ Installs the 绩效 add-in for WPS 表格 on Windows.
# Copies @@FOLDER@@ (beside this script) into %APPDATA%\kingsoft\wps\jsaddons and MERGES our <jsplugin> entry into
# publish.xml: other add-ins' entries are kept, an earlier entry of ours is replaced (one entry, not two).
# -Uninstall removes only our entry and our folders. Restart WPS afterwards.
# Run: powershell -ExecutionPolicy Bypass -File install-wps.ps1
param([switch]$Uninstall)
$ErrorActionPreference = 'Stop'

$Name = '@@NAME@@'
$Version = '@@VERSION@@'
$Folder = "$($Name)_$Version"
$Here = Split-Path -Parent $MyInvocation.MyCommand.Path
$Dest = if ($env:WPS_JSADDONS_DIR) { $env:WPS_JSADDONS_DIR } else { Join-Path $env:APPDATA 'kingsoft\wps\jsaddons' }
$Publish = Join-Path $Dest 'publish.xml'

if (-not $Uninstall -and -not (Test-Path (Join-Path $Here $Folder))) { throw "找不到加载项文件夹 / add-in folder not found: $(Join-Path $Here $Folder)" }
New-Item -ItemType Directory -Force -Path $Dest | Out-Null

# publish.xml as a DOM: only <jsplugin> children named ours are removed, everything else stays.
$doc = New-Object System.Xml.XmlDocument
$doc.PreserveWhitespace = $true
if ((Test-Path $Publish) -and ([System.IO.File]::ReadAllText($Publish).Trim() -ne '')) {
  $doc.Load($Publish)
  Copy-Item -Force $Publish "$Publish.bak"
} else {
  $doc.LoadXml('<?xml version="1.0" encoding="UTF-8"?><jsplugins></jsplugins>')
}
$root = $doc.DocumentElement
if ($root.Name -ne 'jsplugins') { throw "publish.xml 不是 WPS 加载项列表（没有 <jsplugins>），未作改动 / publish.xml is not a WPS add-in list; left untouched: $Publish" }
foreach ($node in @($root.SelectNodes('jsplugin'))) {
  if ($node.GetAttribute('name') -eq $Name) { [void]$root.RemoveChild($node) }
}
Get-ChildItem -Path $Dest -Directory | Where-Object { $_.Name -match ('^' + [regex]::Escape($Name) + '_\d') } | Remove-Item -Recurse -Force

if (-not $Uninstall) {
  Copy-Item -Recurse -Force (Join-Path $Here $Folder) (Join-Path $Dest $Folder)
  $entry = $doc.CreateElement('jsplugin')
  foreach ($pair in @(@('name', $Name), @('type', 'et'), @('url', $Folder), @('version', $Version), @('enable', 'enable_dev'), @('install', 'null'))) {
    $entry.SetAttribute($pair[0], $pair[1])
  }
  [void]$root.AppendChild($entry)
}

$settings = New-Object System.Xml.XmlWriterSettings
$settings.Encoding = New-Object System.Text.UTF8Encoding($false)
$writer = [System.Xml.XmlWriter]::Create($Publish, $settings)
try { $doc.Save($writer) } finally { $writer.Close() }

if ($Uninstall) { Write-Output '已卸载绩效加载项，请重启 WPS。/ The 绩效 add-in was removed; restart WPS.' }
else { Write-Output "已安装绩效加载项 $Version 到 $Dest，请重启 WPS。/ Installed the 绩效 add-in $Version into $Dest; restart WPS." }

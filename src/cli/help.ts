/** Usage text, Chinese first. */
export const USAGE = `perf — 绩效排名定档、校验报送、模板与公式 / score, rank, validate and template performance workbooks

用法 / usage:
  perf demo [--out FILE] [--force]
      内置县绩效样例（48 个单位）排名定档并写出结果工作簿（默认 ./perf-demo.xlsx）
      rank and tier the built-in county sample (48 units) and write the result workbook
  perf rank FILE [--scheme county|engineer|staff|fiscal] [--sheet NAME] [--out FILE] [--json] [--force]
      对 .xlsx/.csv 排名定档，结果另存为 FILE-结果.xlsx（不覆盖原文件）
      rank and tier an .xlsx/.csv; results go to FILE-结果.xlsx (the input is never overwritten)
  perf validate FILE... [--scheme …] [--sheet NAME] [--json]
      校验报送文件，逐条列出文件、工作表、单元格和问题 / validate submissions, one line per issue
  perf template county|county-detail|engineer|staff|staff-penalties|fiscal [--out FILE] [--force]
      生成空白模板（表头、下拉列表、填表说明），默认 perf-template-<类型>.xlsx / write a blank template workbook
  perf merge SUBMISSION... --into MASTER.xlsx [--out FILE] [--period 2026-06] [--json] [--force]
      汇总报送：逐个校验后并入汇总表的月报汇总（有错误的文件整份隔离），另存为 MASTER-汇总.xlsx（不改原文件）
      consolidate submissions (files or folders) into the master; files with errors are quarantined whole
  perf samples [DIR] [--force]
      写出汇总样例：考核主表.xlsx 与 48 份 6 月月报（默认 ./perf-samples）/ write the 汇总 sample master and 48 reports
  perf notice RESULTS.xlsx [--out FILE] [--title 标题] [--org 发文单位] [--date 2027-01-15] [--force]
      按排名结果生成通报工作表（A4 竖版，可直接打印），另存为 RESULTS-通报.xlsx / write the 通报 sheet, print-ready
  perf eval 'FORMULA'
      计算一个 PERF.* 公式 / evaluate one PERF.* formula, e.g. perf eval '=PERF.ENGINEER(2,1,103,100,1)'

选项 / options:  --json  机器可读输出 / machine-readable output    --debug  出错时显示堆栈 / show stack traces
                 --force  覆盖 --out 处已有的非 perf 文件 / overwrite an existing file at --out that perf did not write
                 perf --version  显示版本 / print the version
退出码 / exit:   0 无问题 / clean   1 发现问题或用法错误 / issues or usage error   3 程序崩溃 / crash
`;

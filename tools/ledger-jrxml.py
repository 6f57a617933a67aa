#!/usr/bin/env python3
"""Writes the table bodies of the modules' ledgers (modules/<m>/<m>-core/src/main/resources/reports/<m>/).

The bodies are plain bordered tables in the 442 pt text block; writing them by hand means
hundreds of coordinates, so they are generated from the column lists below. Run it after
changing a column and commit the output: `tools/ledger-jrxml.py` for every module, or
`tools/ledger-jrxml.py hotline` for one. A module's report kinds name these bodies "<m>/<ledger>".
"""
import pathlib, sys, uuid

MODULES = pathlib.Path(__file__).resolve().parent.parent / "modules"

LEDGERS = {"grid": {
    "grid-organisation": ("网格化管理台账", 10, [
        ("乡镇（街道）", "name", "java.lang.String", 80, "Left"),
        ("大网格", "bigGrids", "java.lang.Long", 38, "Center"),
        ("小网格", "smallGrids", "java.lang.Long", 38, "Center"),
        ("网格长", "leaders", "java.lang.Long", 38, "Center"),
        ("网格员", "members", "java.lang.Long", 38, "Center"),
        ("住户数", "households", "java.lang.Long", 44, "Center"),
        ("居民数", "residents", "java.lang.Long", 48, "Center"),
        ("微信群", "wechatGroups", "java.lang.Long", 38, "Center"),
        ("入群户数", "householdsCovered", "java.lang.Long", 44, "Center"),
        ("覆盖率", "coverage", "java.lang.String", 36, "Center"),
    ]),
    "sweep-progress": ("扫楼工作进度表", 11, [
        ("区域", "name", "java.lang.String", 170, "Left"),
        ("应走访户数", "householdsTotal", "java.lang.Long", 68, "Center"),
        ("已走访户数", "householdsVisited", "java.lang.Long", 68, "Center"),
        ("走访率", "visited", "java.lang.String", 68, "Center"),
        ("登记人数", "personsRecorded", "java.lang.Long", 68, "Center"),
    ]),
    "checkpoint-settings": ("卡点设置情况表", 9, [
        ("乡镇（街道）", "township", "java.lang.String", 56, "Left"),
        ("卡点名称", "name", "java.lang.String", 84, "Left"),
        ("类型", "kind", "java.lang.String", 40, "Center"),
        ("位置", "location", "java.lang.String", 100, "Left"),
        ("值守时间", "hours", "java.lang.String", 56, "Center"),
        ("封闭管理", "closed", "java.lang.String", 34, "Center"),
        ("状态", "active", "java.lang.String", 26, "Center"),
        ("近7日通行/体温异常", "week", "java.lang.String", 46, "Center"),
    ]),
    "arrival-screening": ("来(返)人员摸排情况表", 9, [
        ("乡镇（街道）", "name", "java.lang.String", 70, "Left"),
        ("登记人数", "arrivals", "java.lang.Long", 37, "Center"),
        ("已建档", "filed", "java.lang.Long", 37, "Center"),
        ("待跟进", "pending", "java.lang.Long", 37, "Center"),
        ("居家健康监测", "homeMonitoring", "java.lang.Long", 37, "Center"),
        ("集中隔离", "centralIsolation", "java.lang.Long", 37, "Center"),
        ("已排查解除", "cleared", "java.lang.Long", 37, "Center"),
        ("已离开", "left", "java.lang.Long", 37, "Center"),
        ("排查号码", "phoneNumbers", "java.lang.Long", 38, "Center"),
        ("已拨打", "phoneCalled", "java.lang.Long", 38, "Center"),
        ("在本地", "phoneInArea", "java.lang.Long", 37, "Center"),
    ]),
}, "hotline": {
    "hotline-monthly": ("心理援助热线服务月报", 10, [
        ("统计项目", "section", "java.lang.String", 150, "Left"),
        ("分类", "item", "java.lang.String", 160, "Left"),
        ("人次", "count", "java.lang.Long", 66, "Center"),
        ("占比", "share", "java.lang.String", 66, "Center"),
    ]),
    "hotline-high-risk": ("高危来电处置情况", 9, [
        ("来电时间", "startedAt", "java.lang.String", 62, "Center"),
        ("热线", "hotlineName", "java.lang.String", 60, "Left"),
        ("人群", "group", "java.lang.String", 50, "Center"),
        ("风险", "level", "java.lang.String", 28, "Center"),
        ("危机处置", "crisisActions", "java.lang.String", 96, "Left"),
        ("转介", "referrals", "java.lang.String", 70, "Left"),
        ("督导复核", "review", "java.lang.String", 76, "Left"),
    ]),
}, "dispatch": {
    "dispatch-deployment": ("党员干部下沉一线情况统计表", 9, [
        ("乡镇（街道）", "name", "java.lang.String", 74, "Left"),
        ("临时党委", "committees", "java.lang.Long", 36, "Center"),
        ("临时党支部", "branches", "java.lang.Long", 40, "Center"),
        ("党员", "partyMembers", "java.lang.Long", 40, "Center"),
        ("下沉干部", "cadres", "java.lang.Long", 40, "Center"),
        ("派出单位", "units", "java.lang.Long", 40, "Center"),
        ("志愿者", "volunteers", "java.lang.Long", 44, "Center"),
        ("当前在岗", "onDuty", "java.lang.Long", 40, "Center"),
        ("本月服务时长（小时）", "hours", "java.lang.String", 88, "Center"),
    ]),
    "dispatch-roster-days": ("卡点值守排班表（按日汇总）", 10, [
        ("日期", "day", "java.lang.String", 110, "Center"),
        ("班次", "shifts", "java.lang.Long", 83, "Center"),
        ("应到人次", "places", "java.lang.Long", 83, "Center"),
        ("已排人次", "filled", "java.lang.Long", 83, "Center"),
        ("空缺", "empty", "java.lang.Long", 83, "Center"),
    ]),
    "dispatch-roster-week": ("卡点值守排班表", 9, [
        ("日期", "day", "java.lang.String", 56, "Center"),
        ("班次", "time", "java.lang.String", 64, "Center"),
        ("岗位", "post", "java.lang.String", 100, "Left"),
        ("值守人员", "people", "java.lang.String", 172, "Left"),
        ("空缺", "gaps", "java.lang.String", 50, "Center"),
    ]),
    "dispatch-certificate": ("志愿服务证明", 10, [
        ("日期", "day", "java.lang.String", 80, "Center"),
        ("服务地点", "post", "java.lang.String", 150, "Left"),
        ("服务内容", "content", "java.lang.String", 150, "Left"),
        ("时长（小时）", "hours", "java.lang.String", 62, "Center"),
    ]),
}, "care": {
    "care-facts": ("告知事项", 11, [
        ("项目", "item", "java.lang.String", 110, "Left"),
        ("内容", "value", "java.lang.String", 332, "Left"),
    ]),
    "care-daily": ("居家医学观察人员情况日报", 9, [
        ("区域", "name", "java.lang.String", 82, "Left"),
        ("当日新增", "placedToday", "java.lang.Long", 40, "Center"),
        ("累计追踪", "placedTotal", "java.lang.Long", 40, "Center"),
        ("当日解除", "releasedToday", "java.lang.Long", 40, "Center"),
        ("累计解除", "releasedTotal", "java.lang.Long", 40, "Center"),
        ("尚在观察", "observed", "java.lang.Long", 40, "Center"),
        ("当日异常", "abnormalToday", "java.lang.Long", 40, "Center"),
        ("当日转运", "transferredToday", "java.lang.Long", 40, "Center"),
        ("累计转运", "transferredTotal", "java.lang.Long", 40, "Center"),
        ("当日漏检", "missedToday", "java.lang.Long", 40, "Center"),
    ]),
    "care-help": ("后勤保障服务情况统计表", 9, [
        ("区域", "name", "java.lang.String", 82, "Left"),
        ("服务户数", "families", "java.lang.Long", 45, "Center"),
        ("服务次数", "times", "java.lang.Long", 45, "Center"),
        ("代购生活物资", "groceries", "java.lang.Long", 45, "Center"),
        ("代购药品", "medicine", "java.lang.Long", 45, "Center"),
        ("复印学习资料", "printing", "java.lang.Long", 45, "Center"),
        ("垃圾清运", "waste", "java.lang.Long", 45, "Center"),
        ("就医协助", "escort", "java.lang.Long", 45, "Center"),
        ("其他", "other", "java.lang.Long", 45, "Center"),
    ]),
}}


def uid(name, part):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"qunfang:{name}:{part}"))


def body(name, title, size, columns):
    assert sum(c[3] for c in columns) == 442, (name, sum(c[3] for c in columns))
    fields = "\n".join(f'\t<field name="{f}" class="{cls}"/>' for _, f, cls, _, _ in columns)
    x, heads, cells = 0, [], []
    for i, (head, field, _, width, align) in enumerate(columns):
        heads.append(
            f'\t\t<element kind="staticText" uuid="{uid(name, "h" + field)}" x="{x}" y="0" width="{width}" height="36" bold="true" style="official.table"><text><![CDATA[{head}]]></text></element>')
        cells.append(
            f'\t\t\t<element kind="textField" uuid="{uid(name, "d" + field)}" x="{x}" y="0" width="{width}" height="22" textAdjust="StretchHeight" hTextAlign="{align}" style="official.table"><expression><![CDATA[$F{{{field}}}]]></expression></element>')
        x += width
    heads, cells = "\n".join(heads), "\n".join(cells)
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- Body of {title}, generated by tools/ledger-jrxml.py: edit the column list there. The last row
     (合计) comes with the data. Elements name their style: a default style here would leak into the
     base report's styled elements (JasperReports 7.0.8) and box them. -->
<jasperReport name="{name}" pageWidth="442" pageHeight="638" columnWidth="442"
    leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0" uuid="{uid(name, "report")}">
\t<property name="net.sf.jasperreports.text.truncate.suffix" value="…"/>
\t<style name="official.table" fontName="Noto Serif CJK SC" fontSize="{size}.0" vTextAlign="Middle" hTextAlign="Center">
\t\t<box leftPadding="2" rightPadding="2">
\t\t\t<pen lineWidth="0.75"/>
\t\t</box>
\t</style>
{fields}
\t<columnHeader height="36">
{heads}
\t</columnHeader>
\t<detail>
\t\t<band height="22">
{cells}
\t\t</band>
\t</detail>
</jasperReport>
'''


for module in sys.argv[1:] or LEDGERS:
    if module not in LEDGERS:
        sys.exit(f"no ledgers for module {module!r}; known: {', '.join(LEDGERS)}")
    out = MODULES / module / f"{module}-core/src/main/resources/reports" / module
    for name, (title, size, columns) in LEDGERS[module].items():
        (out / f"{name}.jrxml").write_text(body(name, title, size, columns), encoding="utf-8")
        print("wrote", module + "/" + name)

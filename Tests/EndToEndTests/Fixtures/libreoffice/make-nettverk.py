#!/usr/bin/env python3
# Builds Nettverk.xlsx with LibreOffice Calc, typing each cell as a planner would (dates and
# numbers become date and number cells), with a date format on the dates and rich text in a cell.
# How Nettverk.xlsx beside this file was made, once, with LibreOffice Calc (7.4, Debian 12):
#   soffice --headless --invisible --norestore --accept="pipe,name=rgfix;urp;" &
#   /usr/bin/python3 make-nettverk.py "$PWD/Nettverk.xlsx"
# It needs python3-uno (Debian: libreoffice-calc-nogui); CI only reads the committed workbook.
import sys, time, uno
from com.sun.star.beans import PropertyValue
from com.sun.star.awt.FontWeight import BOLD

out = sys.argv[1]
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
for _ in range(60):
    try:
        ctx = resolver.resolve("uno:pipe,name=rgfix;urp;StarOffice.ComponentContext"); break
    except Exception:
        time.sleep(1)
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
def prop(n, v):
    p = PropertyValue(); p.Name = n; p.Value = v; return p
doc = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))
sheets = doc.Sheets
sheets.getByIndex(0).Name = "Entities"
sheets.insertNewByName("Relations", 1)
sheets.insertNewByName("Dokumenter", 2)   # not read: a sheet for notes
sheets.insertNewByName("documents", 3)
tables = {
 "Entities": [
  ["id", "kind", "name", "short", "aliases", "population"],
  ["roros", "municipality", "Røros kommune", "Røros", "Rossen tjïelte", "5600"],
  ["holtalen", "municipality", "Holtålen kommune", "Holtålen", "", "2000"],
  ["verdensarvradet", "board", "Verdensarvrådet", "", "", ""],
 ],
 "Relations": [
  ["from", "to", "type", "role", "start", "end", "source", "quote"],
  ["roros", "verdensarvradet", "represented_in", "ordfører", "2019-01-01", "", "samfunn", "Ordførerne i Røros, Holtålen, Os, Tolga og Engerdal kommuner"],
  ["holtalen", "verdensarvradet", "represented_in", "", "2019", "2022-12-31", "samfunn", "Ordførerne i Røros, Holtålen, Os, Tolga og Engerdal kommuner"],
 ],
 "documents": [
  ["id", "title", "publisher", "date"],
  ["samfunn", "Samfunnsutvikling", "Røros kommune", "2022-12-20"],
 ],
 "Dokumenter": [["Notater til arket"]],
}
for name, rows in tables.items():
    sheet = sheets.getByName(name)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value != "":
                sheet.getCellByPosition(c, r).setFormula(value)
# A typed date gets a date format, as Calc gives it when a planner types it: Norwegian
# DD.MM.YYYY in the relations, ISO in the documents.
from com.sun.star.lang import Locale
formats = doc.NumberFormats
def date_format(code):
    key = formats.queryKey(code, Locale("nb", "NO", ""), False)
    return key if key != -1 else formats.addNew(code, Locale("nb", "NO", ""))
for name, cells, code in [("Relations", [(4, 1), (5, 2)], "DD.MM.YYYY"), ("documents", [(3, 1)], "YYYY-MM-DD")]:
    for c, r in cells:
        sheets.getByName(name).getCellByPosition(c, r).NumberFormat = date_format(code)
# Rich text: "Verdensarv" in bold inside one cell, so the shared string has runs.
cell = sheets.getByName("Entities").getCellByPosition(2, 3)
cursor = cell.createTextCursor()
cursor.gotoStart(False); cursor.goRight(10, True)
cursor.CharWeight = BOLD
doc.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", "Calc MS Excel 2007 XML"),))
doc.close(True)
desktop.terminate()

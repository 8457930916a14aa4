"""Pure document writers: the PDF house style, long text, charts, the .xlsx writer, the .ics
calendar and atomic output. They are fed with plain data (the dataclasses in this package)
and import neither services, db nor app: the use cases that gather the data live in services.
"""

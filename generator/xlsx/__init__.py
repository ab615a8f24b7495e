"""The only layer that knows openpyxl: workbooks in, typed rows out; new workbooks out."""

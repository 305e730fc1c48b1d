#!/usr/bin/env python3
"""What a pandas user runs for `segmenta rfm`: read_csv, then groupby for the same figures (Recency,
Frequency, Monetary, the qcut scores, the RFM segment and the behaviour features), written to CSV.
python3 bench/rfm_pandas.py LOG.csv OUT.csv"""
import sys
import numpy as np
import pandas as pd

log, out = sys.argv[1], sys.argv[2]
df = pd.read_csv(log, dtype={"InvoiceNo": str, "StockCode": str, "Country": str}, parse_dates=["InvoiceDate"])
rows = len(df)
df = df[df.CustomerID.notna()]
df["Amount"] = df.Quantity * df.UnitPrice
df["Return"] = df.InvoiceNo.str.startswith("C") | (df.Amount < 0)
df["Day"] = df.InvoiceDate.dt.normalize()
ref = df.Day.max() + pd.Timedelta(days=1)
buy = df[~df.Return]
g = df.groupby("CustomerID")
b = buy.groupby("CustomerID")
t = pd.DataFrame({"Monetary": g.Amount.sum(), "Rows": g.size(), "Returns": g.Return.sum()})
t["Frequency"] = b.InvoiceNo.nunique()
t["First"] = b.Day.min()
t["Last"] = b.Day.max()
t["Products"] = b.StockCode.nunique()
t = t[t.Frequency.notna()].sort_index()
t["Recency"] = (ref - t.Last).dt.days
t["Tenure days"] = (ref - t.First).dt.days
t["Average order value"] = t.Monetary / t.Frequency
t["Mean days between purchases"] = np.where(t.Frequency > 1, (t.Last - t.First).dt.days / (t.Frequency - 1), np.nan)
t["Return share"] = t.Returns / t.Rows
top = df.groupby(["CustomerID", "Country"]).size().reset_index(name="n")
top = top.sort_values(["CustomerID", "n", "Country"], ascending=[True, False, True]).drop_duplicates("CustomerID")
t["Most frequent Country"] = top.set_index("CustomerID").Country
t["R"] = pd.qcut(t.Recency.rank(method="first"), 5, labels=[5, 4, 3, 2, 1]).astype(int)
t["F"] = pd.qcut(t.Frequency.rank(method="first"), 5, labels=[1, 2, 3, 4, 5]).astype(int)
t["M"] = pd.qcut(t.Monetary.rank(method="first"), 5, labels=[1, 2, 3, 4, 5]).astype(int)
t["RFM"] = t.R.astype(str) + t.F.astype(str) + t.M.astype(str)
rules = [("Hibernating", (1, 2), (1, 2)), ("At risk", (1, 2), (3, 4)), ("Can't lose them", (1, 2), (5, 5)),
         ("About to sleep", (3, 3), (1, 2)), ("Need attention", (3, 3), (3, 3)), ("Loyal customers", (3, 4), (4, 5)),
         ("Promising", (4, 4), (1, 1)), ("New customers", (5, 5), (1, 1)), ("Potential loyalists", (4, 5), (2, 3)),
         ("Champions", (5, 5), (4, 5))]
seg = pd.Series("", index=t.index)
for name, (r0, r1), (f0, f1) in reversed(rules):
    seg[t.R.between(r0, r1) & t.F.between(f0, f1)] = name
t["RFM segment"] = seg
t[["Recency", "Frequency", "Monetary", "R", "F", "M", "RFM", "RFM segment", "Tenure days", "Average order value",
   "Mean days between purchases", "Products", "Return share", "Most frequent Country"]].to_csv(out)
print(rows, len(t), t["RFM segment"].value_counts().to_dict())

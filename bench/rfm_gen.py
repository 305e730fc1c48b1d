#!/usr/bin/env python3
"""Writes a seeded transaction log like the UCI Online Retail data for bench/rfm.sh:
python3 bench/rfm_gen.py OUT.csv ROWS CUSTOMERS. About 3% of the rows have no customer and 2% are
returns (an invoice starting with C and a negative quantity)."""
import sys
import numpy as np
import pandas as pd

out, rows, customers = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = np.random.default_rng(20261206)
chunk = 1_000_000
countries = np.array(["United Kingdom", "Germany", "France", "EIRE", "Spain", "Netherlands", "Belgium",
                      "Switzerland", "Portugal", "Australia", "Norway", "Italy", "Finland", "Sweden"])
start = np.datetime64("2010-12-01T08:00:00")
span = 373 * 86400
invoice = 536365
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n")
    for first in range(0, rows, chunk):
        n = min(chunk, rows - first)
        # rows of one invoice share customer and time: about 4 rows per invoice
        per = rng.integers(1, 8, size=n // 2 + 1)
        inv_of_row = np.repeat(np.arange(per.size), per)[:n]
        k = inv_of_row[-1] + 1
        cust = 12346 + rng.integers(0, customers, size=k)
        secs = np.sort(rng.integers(0, span, size=k))
        ret = rng.random(k) < 0.02
        nocust = rng.random(k) < 0.03
        qty = rng.integers(1, 25, size=n)
        qty = np.where(ret[inv_of_row], -qty, qty)
        price = np.round(rng.gamma(2.0, 1.6, size=n), 2)
        ids = np.where(nocust, "", (cust).astype(str))[inv_of_row]
        invs = (invoice + np.arange(k)).astype(str)
        invs = np.where(ret, np.char.add("C", invs), invs)[inv_of_row]
        invoice += k
        dates = (start + secs.astype("timedelta64[s]"))[inv_of_row]
        frame = pd.DataFrame({
            "InvoiceNo": invs,
            "StockCode": np.char.add("P", rng.integers(10000, 14000, size=n).astype(str)),
            "Quantity": qty,
            "InvoiceDate": pd.to_datetime(dates).strftime("%Y-%m-%d %H:%M:%S"),
            "UnitPrice": price,
            "CustomerID": ids,
            "Country": countries[np.minimum(rng.geometric(0.5, size=k) - 1, countries.size - 1)][inv_of_row],
        })
        frame.to_csv(f, header=False, index=False)

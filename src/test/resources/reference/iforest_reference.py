#!/usr/bin/env python3
"""Writes iforest_mall_sklearn.csv: scikit-learn's Isolation Forest anomaly scores on the Mall data.

Each score is the mean over 50 seeds (random_state 0..49) of -score_samples(X), the paper's
2^(-E[h(x)] / c(256)), so that the reference does not depend on one seed's forest. Segmenta's
IsolationForestTest compares its own seeded forest with these scores (rank correlation, the most
isolated customers, the score range).

    /usr/bin/python3 iforest_reference.py ../../../../../shared/datasets/Mall_Customers.csv > iforest_mall_sklearn.csv

scikit-learn 1.2.1 wrote the file in this directory.
"""
import sys

import numpy as np
import pandas as pd
from sklearn.ensemble import IsolationForest

mall = pd.read_csv(sys.argv[1])
sets = {
    "income_spending": ["Annual Income (k$)", "Spending Score (1-100)"],
    "age_income_spending": ["Age", "Annual Income (k$)", "Spending Score (1-100)"],
}
scores = {}
for name, columns in sets.items():
    x = mall[columns].to_numpy(dtype=float)
    runs = [-IsolationForest(random_state=seed).fit(x).score_samples(x) for seed in range(50)]
    scores[name] = np.mean(runs, axis=0)
print("row," + ",".join(sets))
for row in range(len(mall)):
    print(str(row) + "," + ",".join("%.6f" % scores[name][row] for name in sets))

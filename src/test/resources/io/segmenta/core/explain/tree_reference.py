"""Reference splits for DecisionTreeTest: scikit-learn's DecisionTreeClassifier(max_depth=3) on the Mall
data, predicting the k = 5 labels of ../shared/reference/mall_reference.json (silhouette_fixed_labels:
k-means on standardized Income and Spending), and Gender from Age, Income and Spending. Prints each tree's splits depth-first, left before right,
as the test's constants ("feature <= threshold", "leaf").

Run from the repository root: /usr/bin/python3 src/test/resources/io/segmenta/core/explain/tree_reference.py
"""
import csv
import json

import numpy as np
import sklearn
from sklearn.tree import DecisionTreeClassifier

labels = np.array(json.load(open("../shared/reference/mall_reference.json"))["silhouette_fixed_labels"]["labels"])
rows = list(csv.DictReader(open("../shared/datasets/Mall_Customers.csv")))
income = np.array([float(r["Annual Income (k$)"]) for r in rows])
spending = np.array([float(r["Spending Score (1-100)"]) for r in rows])
age = np.array([float(r["Age"]) for r in rows])
female = np.array([1.0 if r["Genre"] == "Female" else 0.0 for r in rows])
male = 1.0 - female


def splits(names, columns, target=labels):
    tree = DecisionTreeClassifier(max_depth=3, random_state=0).fit(np.column_stack(columns), target).tree_
    out = []

    def walk(node):
        if tree.children_left[node] < 0:
            out.append("leaf")
            return
        out.append("%s <= %r" % (names[tree.feature[node]], float(tree.threshold[node])))
        walk(tree.children_left[node])
        walk(tree.children_right[node])

    walk(0)
    return out


print("scikit-learn", sklearn.__version__)
print("income_spending", json.dumps(splits(["Income", "Spending"], [income, spending])))
print("gender_age_income_spending", json.dumps(
    splits(["Female", "Male", "Age", "Income", "Spending"], [female, male, age, income, spending])))
# a noisy target, so that the tree searches deep among many near-equal thresholds: Gender from the numbers
print("gender_from_age_income_spending", json.dumps(
    splits(["Age", "Income", "Spending"], [age, income, spending], male.astype(int))))

"""scikit-learn side of Segmenta's benchmark (io.segmenta.bench.Benchmark), same table and protocol.

  java -cp target/classes io.segmenta.bench.Benchmark --npy /tmp/bench.npy
  /usr/bin/python3 bench/sklearn_bench.py /tmp/bench.npy

Times (median of 5 runs after 2 warm-ups, run i with random_state seed + i): KMeans(n_clusters=5,
n_init=1, init='k-means++') (scikit-learn's default algorithm, 'lloyd'), n_init=10, the k = 1..10 sweep with
n_init=10 plus silhouette_score(sample_size=10000), calinski_harabasz_score and davies_bouldin_score per k,
silhouette_score(sample_size=10000) alone, and IsolationForest(n_estimators=100) fit and score_samples on
every row (n_jobs=-1: all cores, as Segmenta).
"""
import statistics
import sys
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.ensemble import IsolationForest
from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score, silhouette_score

X = np.load(sys.argv[1])
SEED = 42
K = 5


def measure(name, warmups, runs, task):
    for w in range(warmups):
        task(-1 - w)
    times, detail = [], ""
    for r in range(runs):
        t0 = time.perf_counter()
        detail = task(r)
        times.append(time.perf_counter() - t0)
    print("%-44s median %8.3f s   min %8.3f s   (%d runs)   %s" % (name, statistics.median(times), min(times), runs, detail))


def fit(n_init):
    def task(r):
        km = KMeans(n_clusters=K, n_init=n_init, init="k-means++", random_state=SEED + r).fit(X)
        return "WCSS %.6e, %d iterations" % (km.inertia_, km.n_iter_)
    return task


def sweep(r):
    best = None
    for k in range(1, 11):
        km = KMeans(n_clusters=k, n_init=10, random_state=SEED + r).fit(X)
        if k > 1:
            s = silhouette_score(X, km.labels_, sample_size=10000, random_state=SEED + r)
            calinski_harabasz_score(X, km.labels_)
            davies_bouldin_score(X, km.labels_)
            best = max(best or (s, k), (s, k))
    return "highest silhouette at k = %d" % best[1]


print("scikit-learn %s, numpy %s, %d x %d" % (sklearn.__version__, np.__version__, X.shape[0], X.shape[1]))
measure("k-means k = 5, 1 start", 2, 5, fit(1))
measure("k-means k = 5, n_init = 10", 2, 5, fit(10))
measure("k sweep 1..10, n_init = 10", 1, 3, sweep)
labels = KMeans(n_clusters=K, n_init=10, random_state=SEED).fit(X).labels_
measure("silhouette k = 5 (sampled 10,000)", 2, 5,
        lambda r: "%.4f" % silhouette_score(X, labels, sample_size=10000, random_state=SEED + r))
measure("Isolation Forest, 100 trees, fit and score", 1, 3,
        lambda r: "highest score %.3f" % -IsolationForest(n_estimators=100, random_state=SEED + r, n_jobs=-1)
        .fit(X).score_samples(X).min())

#!/usr/bin/python3
"""The scikit-learn peer for bench/training_speed.sh: the same configuration as our
trainer (HOG of deskewed, normalised MNIST digits, one full-covariance GaussianMixture
per digit, Bayes' rule with class priors), timed end to end on this machine.

Benchmarks only: the product never uses Python. Needs Debian's python3-sklearn,
python3-skimage, python3-opencv and libopenblas0-pthread.

Usage: sklearn_reference.py MNIST_DIR K REG_COVAR DESKEW(0|1) [SEED]
(K: one component count, or ten separated by commas, digit 0 first)
Prints one line: key=value pairs (accuracy, seconds for features, fit, evaluation, total).
"""
import sys
import time

import cv2
import numpy as np
from skimage.feature import hog
from sklearn.mixture import GaussianMixture


def read_idx(path, images):
    raw = open(path, "rb").read()
    if images:
        n, rows, cols = (int.from_bytes(raw[i:i + 4], "big") for i in (4, 8, 12))
        return np.frombuffer(raw, dtype=np.uint8, offset=16).reshape(n, rows, cols)
    return np.frombuffer(raw, dtype=np.uint8, offset=8)


def deskew(img):
    m = cv2.moments(img)
    if m["m00"] <= 0 or abs(m["mu02"]) < 1e-2:
        return img
    skew = max(-1.0, min(1.0, m["mu11"] / m["mu02"]))
    cy = m["m01"] / m["m00"]
    inverse = np.float64([[1, skew, -skew * cy], [0, 1, 0]])
    return cv2.warpAffine(img, inverse, (28, 28), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP)


def features(images, use_deskew):
    out = np.empty((len(images), 324))
    for i, img in enumerate(images):
        if use_deskew:
            img = deskew(img)
        out[i] = hog(img.astype(np.float64), orientations=9, pixels_per_cell=(7, 7),
                     cells_per_block=(2, 2), block_norm="L2-Hys")
    return out


def main():
    mnist, reg, use_deskew = sys.argv[1], float(sys.argv[3]), sys.argv[4] == "1"
    ks = [int(v) for v in sys.argv[2].split(",")]
    ks = ks * 10 if len(ks) == 1 else ks
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    start = time.perf_counter()
    xtr = read_idx(f"{mnist}/train-images-idx3-ubyte", True)
    ytr = read_idx(f"{mnist}/train-labels-idx1-ubyte", False)
    xte = read_idx(f"{mnist}/t10k-images-idx3-ubyte", True)
    yte = read_idx(f"{mnist}/t10k-labels-idx1-ubyte", False)
    ftr = features(xtr, use_deskew)
    fte = features(xte, use_deskew)
    t_features = time.perf_counter() - start

    start = time.perf_counter()
    models, priors, iters = [], [], 0
    for c in range(10):
        gm = GaussianMixture(n_components=ks[c], covariance_type="full", reg_covar=reg, random_state=seed + c)
        gm.fit(ftr[ytr == c])
        models.append(gm)
        priors.append(np.log(np.mean(ytr == c)))
        iters += gm.n_iter_
    t_fit = time.perf_counter() - start

    start = time.perf_counter()
    scores = np.column_stack([m.score_samples(fte) + p for m, p in zip(models, priors)])
    accuracy = float(np.mean(scores.argmax(axis=1) == yte))
    t_eval = time.perf_counter() - start
    print(f"accuracy={accuracy:.4f} features_s={t_features:.2f} fit_s={t_fit:.2f} eval_s={t_eval:.2f} "
          f"total_s={t_features + t_fit + t_eval:.2f} em_iterations={iters}")


if __name__ == "__main__":
    main()

// Experiments for issue 20 (not the benchmark): two views, doodles, reversals, on folds.
// Usage: recognition_lab MODEL.dtm DRAWN.jsonl DOODLES.jsonl [key=value ...]

#include <digit_tutor/engine/drawing_recogniser.hpp>
#include <digit_tutor/engine/mirror_writing.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/pen_path_features.hpp>
#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/training/batch_scoring.hpp>
#include <digit_tutor/training/evaluation.hpp>
#include <digit_tutor/training/gaussian_mixture_fit.hpp>
#include <digit_tutor/training/stroke_distortion.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <numbers>
#include <set>
#include <string>

using namespace dt;
using Eigen::MatrixXd;
using Eigen::VectorXd;

namespace {

std::map<std::string, double> P;
double par(const std::string& k, double def) { return P.count(k) ? P[k] : def; }

MatrixXd pathMatrix(const std::vector<Drawing>& ds)
{
    MatrixXd m(Eigen::Index(ds.size()), kPenPathFeatures);
    std::vector<double> f(kPenPathFeatures);
    for (std::size_t i = 0; i < ds.size(); ++i) {
        if (!penPathFeatures(ds[i], f.data()))
            std::fill(f.begin(), f.end(), 0.0);
        for (int j = 0; j < kPenPathFeatures; ++j)
            m(Eigen::Index(i), j) = f[std::size_t(j)];
    }
    return m;
}

double lse(double a, double b)
{
    const double m = std::max(a, b);
    if (!std::isfinite(m))
        return m;
    return m + std::log(std::exp(a - m) + std::exp(b - m));
}

// A transformation of the test drawings.
Drawing transform(const Drawing& d, const std::string& kind, Random& rng)
{
    Drawing out = d;
    const Bounds b = boundsOf(d);
    const double cx = 0.5 * (b.minX + b.maxX), cy = 0.5 * (b.minY + b.maxY), h = std::max(1.0, b.height());
    auto each = [&](auto f) {
        for (auto& s : out.strokes)
            for (auto& p : s)
                f(p);
    };
    if (kind == "shake") {
        StrokeDistortionOptions o;
        o.minShake = o.maxShake = 0.03;
        o.maxRotationDegrees = 0;
        o.minWidthScale = o.maxWidthScale = 1;
        o.halfStretchChance = 0;
        o.gapChance = 0;
        return distortStrokes(d, rng, o);
    }
    if (kind == "squeeze")
        each([&](StrokePoint& p) { p.x = cx + 0.6 * (p.x - cx); });
    if (kind == "rotate") {
        const double a = (rng.uniform() < 0.5 ? -15.0 : 15.0) * std::numbers::pi / 180.0;
        each([&](StrokePoint& p) {
            const double x = p.x - cx, y = p.y - cy;
            p.x = cx + std::cos(a) * x - std::sin(a) * y;
            p.y = cy + std::sin(a) * x + std::cos(a) * y;
        });
    }
    if (kind == "stretch")
        each([&](StrokePoint& p) {
            if (p.y > cy)
                p.y = cy + 1.5 * (p.y - cy);
        });
    if (kind == "gaps") {
        StrokeDistortionOptions o;
        o.minShake = o.maxShake = 0.0;
        o.maxRotationDegrees = 0;
        o.minWidthScale = o.maxWidthScale = 1;
        o.halfStretchChance = 0;
        o.gapChance = 1.0;
        return distortStrokes(d, rng, o);
    }
    if (kind == "retrace") {
        // the whole digit traced a second time, slightly off
        std::vector<Stroke> again = out.strokes;
        for (auto& s : again)
            for (auto& p : s) {
                p.x += 0.02 * h;
                p.y += 0.01 * h;
            }
        out.strokes.insert(out.strokes.end(), again.begin(), again.end());
    }
    if (kind == "mix") {
        StrokeDistortionOptions o;
        o.minShake = 0.01;
        o.maxShake = 0.03;
        o.maxRotationDegrees = 15;
        o.minWidthScale = 0.6;
        o.maxWidthScale = 1.4;
        o.halfStretchChance = 0.5;
        o.maxHalfStretch = 1.5;
        o.gapChance = 0.3;
        return distortStrokes(d, rng, o);
    }
    if (kind == "mirror")
        return mirroredDrawing(d);
    return out;
}

struct Views {
    MatrixXd hog;          // n x 324
    MatrixXd mnistLL;      // n x 10, image components only
    MatrixXd path;         // n x 64
    std::vector<std::uint8_t> shapeRefused;
    std::vector<std::uint8_t> empty;
};

Views viewsOf(const DigitModel& model, const std::vector<Drawing>& ds)
{
    Views v;
    const FeatureSet f = extractDrawingFeatures(ds, model.features);
    v.hog = f.features;
    v.empty = f.empty;
    v.mnistLL = classLogLikelihoods(model, f.features, InputKind::Image);
    v.path = pathMatrix(ds);
    v.shapeRefused.resize(ds.size());
    for (std::size_t i = 0; i < ds.size(); ++i) {
        GreyImage image(28, 28);
        std::copy_n(f.normalised.begin() + std::ptrdiff_t(i * kDigitPixels), kDigitPixels, image.pixels.begin());
        v.shapeRefused[i] = shapeRefusal(measureShape(ds[i], image)) != Refusal::None;
    }
    return v;
}

struct FoldModel {
    std::array<GaussianMixture, 10> drawnHog, path;
    double drawnShare = 0.08;
    GaussianMixture bgHog, bgPath;
    bool hasBg = false;
};

struct Scores {
    MatrixXd img;   // n x 10 log p_img(x|c)
    MatrixXd path;  // n x 10 log p_path(x|c)
    VectorXd bgImg, bgPath;
};

Scores score(const FoldModel& m, const Views& v)
{
    Scores s;
    const Eigen::Index n = v.hog.rows();
    s.img.resize(n, 10);
    s.path.resize(n, 10);
    for (int c = 0; c < 10; ++c) {
        const VectorXd dh = m.drawnHog[std::size_t(c)].scoreSamples(v.hog);
        const VectorXd pp = m.path[std::size_t(c)].scoreSamples(v.path);
        for (Eigen::Index i = 0; i < n; ++i) {
            s.img(i, c) = lse(std::log1p(-m.drawnShare) + v.mnistLL(i, c), std::log(m.drawnShare) + dh[i]);
            s.path(i, c) = pp[i];
        }
    }
    if (m.hasBg) {
        s.bgImg = m.bgHog.scoreSamples(v.hog);
        s.bgPath = m.bgPath.scoreSamples(v.path);
    }
    return s;
}

// log posterior over classes from a row of class log-likelihoods (uniform priors)
Eigen::RowVectorXd logPosterior(const Eigen::RowVectorXd& ll)
{
    const double m = ll.maxCoeff();
    const double z = m + std::log((ll.array() - m).exp().sum());
    return ll.array() - z;
}

struct Decision {
    int digit;
    double combined;    // combined class score of the winner (for reversal margin)
    double digitness;   // log p_digits - log p_bg in the combined views
    double imgTotal;    // log p_img(x) over digits
};

Decision decide(const Scores& s, Eigen::Index i, double alpha, double beta)
{
    const Eigen::RowVectorXd pi = logPosterior(s.img.row(i));
    const Eigen::RowVectorXd pp = logPosterior(s.path.row(i));
    const double clip = par("clip", 1e9);
    Eigen::RowVectorXd comb = alpha * pi + beta * pp.array().max(-clip).matrix();
    Decision d;
    comb.maxCoeff(&d.digit);
    d.combined = comb[d.digit];
    const double mi = s.img.row(i).maxCoeff();
    d.imgTotal = mi + std::log((s.img.row(i).array() - mi).exp().sum() / 10.0);
    const double mp = s.path.row(i).maxCoeff();
    const double pathTotal = mp + std::log((s.path.row(i).array() - mp).exp().sum() / 10.0);
    d.digitness = s.bgImg.size() ? par("wimg", 1.0) * (d.imgTotal - s.bgImg[i]) + par("wpath", 1.0) * (pathTotal - s.bgPath[i]) : 0.0;
    return d;
}

GaussianMixture fit(const MatrixXd& X, int k, double reg, std::uint64_t seed)
{
    GaussianMixtureOptions o;
    o.nComponents = k;
    o.regCovar = reg;
    o.seed = seed;
    o.maxIter = 100;
    o.singlePrecision = reg >= 1e-4;
    return fitGaussianMixture(X, o);
}

MatrixXd rowsOf(const MatrixXd& X, const std::vector<Eigen::Index>& rows)
{
    MatrixXd out(Eigen::Index(rows.size()), X.cols());
    for (std::size_t i = 0; i < rows.size(); ++i)
        out.row(Eigen::Index(i)) = X.row(rows[i]);
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    const DigitModel model = loadModel(argv[1]);
    const std::vector<Drawing> drawn = loadDrawings(argv[2]);
    std::vector<Drawing> doodles = loadDrawings(argv[3]);
    std::vector<std::string> category;
    {
        std::ifstream in(argv[3]);
        std::string line;
        while (std::getline(in, line)) {
            if (line.empty())
                continue;
            const auto a = line.find("\"category\": \"") != std::string::npos ? line.find("\"category\": \"") + 13
                                                                                : line.find("\"category\":\"") + 12;
            category.push_back(line.substr(a, line.find('"', a) - a));
        }
    }
    for (int i = 4; i < argc; ++i) {
        const std::string a = argv[i];
        P[a.substr(0, a.find('='))] = std::atof(a.substr(a.find('=') + 1).c_str());
    }
    const int folds = 3;
    const int augCopies = int(par("aug", 4));
    const int pathCopies = int(par("pathcopies", 6));
    const int kDrawn = int(par("kdrawn", 4));
    const int kPath = int(par("kpath", 12));
    const int kBgHog = int(par("kbghog", 8));
    const int kBgPath = int(par("kbgpath", 16));
    const double regPath = par("regpath", 1e-3);

    std::vector<std::string> cats(category.begin(), category.end());
    std::sort(cats.begin(), cats.end());
    cats.erase(std::unique(cats.begin(), cats.end()), cats.end());
    std::map<std::string, int> catFold;
    for (std::size_t i = 0; i < cats.size(); ++i)
        catFold[cats[i]] = int(i % folds);

    const char* kinds[] = {"plain", "shake", "squeeze", "rotate", "stretch", "gaps", "retrace", "mix", "mirror"};
    std::map<std::string, Views> testViews;
    Random trng(99);
    for (const char* k : kinds) {
        std::vector<Drawing> t;
        for (const auto& d : drawn)
            t.push_back(transform(d, k, trng));
        testViews[k] = viewsOf(model, t);
    }
    const Views doodleViews = viewsOf(model, doodles);
    std::fprintf(stderr, "features done\n");

    // augmented training views per drawing (computed once, selected per fold)
    std::vector<Drawing> aug, pathAug;
    std::vector<int> augOf, pathOf;
    Random rng(7);
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        for (int c = 0; c < augCopies; ++c) {
            StrokeDistortionOptions so;
            so.maxShake = par("shakemax", 0.02);
            aug.push_back(distortStrokes(drawn[i], rng, so));
            augOf.push_back(int(i));
        }
        pathAug.push_back(drawn[i]);
        pathOf.push_back(int(i));
        for (int c = 0; c < pathCopies; ++c) {
            Drawing o = inRandomWritingOrder(drawn[i], rng);
            if (rng.uniform() < par("retraceaug", 0.0)) {
                Drawing again = distortStrokes(drawn[i], rng);
                o.strokes.insert(o.strokes.end(), again.strokes.begin(), again.strokes.end());
            }
            pathAug.push_back(par("pathdistort", 1) > 0 ? distortStrokes(o, rng) : o);
            pathOf.push_back(int(i));
        }
    }
    const Views augViews = viewsOf(model, aug);
    const MatrixXd pathAugM = pathMatrix(pathAug);
    // doodles: augmented copies for the background
    std::vector<Drawing> dAug;
    std::vector<int> dAugOf;
    const int dCopies = int(par("doodlecopies", 2));
    for (std::size_t i = 0; i < doodles.size(); ++i)
        for (int c = 0; c < dCopies; ++c) {
            dAug.push_back(inRandomWritingOrder(distortStrokes(doodles[i], rng), rng));
            dAugOf.push_back(int(i));
        }
    const Views dAugViews = viewsOf(model, dAug);
    std::fprintf(stderr, "augmentation done\n");

    std::vector<std::string> writers;
    for (const auto& d : drawn)
        if (std::find(writers.begin(), writers.end(), d.writer) == writers.end())
            writers.push_back(d.writer);
    std::sort(writers.begin(), writers.end(), WriterOrder());

    std::map<std::string, std::vector<Scores>> scores; // per kind, per fold
    std::vector<std::vector<Eigen::Index>> heldRows(folds);
    std::vector<Scores> doodleScores(folds), trainDigitScores(folds);
    std::vector<std::vector<Eigen::Index>> doodleHeld(folds), trainRowsF(folds);
    for (int fold = 0; fold < folds; ++fold) {
        std::set<std::string> held;
        for (std::size_t w = 0; w < writers.size(); ++w)
            if (int(w % folds) == fold)
                held.insert(writers[w]);
        FoldModel fm;
        std::array<std::vector<Eigen::Index>, 10> hogRowsPlain, hogRowsAug, pathRows;
        int nTrain = 0;
        for (std::size_t i = 0; i < drawn.size(); ++i) {
            if (held.count(drawn[i].writer))
                heldRows[std::size_t(fold)].push_back(Eigen::Index(i));
            else {
                hogRowsPlain[std::size_t(drawn[i].label)].push_back(Eigen::Index(i));
                trainRowsF[std::size_t(fold)].push_back(Eigen::Index(i));
                ++nTrain;
            }
        }
        for (std::size_t j = 0; j < aug.size(); ++j)
            if (!held.count(drawn[std::size_t(augOf[j])].writer))
                hogRowsAug[std::size_t(drawn[std::size_t(augOf[j])].label)].push_back(Eigen::Index(j));
        for (std::size_t j = 0; j < pathAug.size(); ++j)
            if (!held.count(drawn[std::size_t(pathOf[j])].writer))
                pathRows[std::size_t(drawn[std::size_t(pathOf[j])].label)].push_back(Eigen::Index(j));
        fm.drawnShare = par("share", double(nTrain / 10) / (6000.0 + nTrain / 10));
        for (int c = 0; c < 10; ++c) {
            MatrixXd X = rowsOf(testViews["plain"].hog, hogRowsPlain[std::size_t(c)]);
            const MatrixXd A = rowsOf(augViews.hog, hogRowsAug[std::size_t(c)]);
            MatrixXd XA(X.rows() + A.rows(), X.cols());
            XA << X, A;
            fm.drawnHog[std::size_t(c)] = fit(XA, kDrawn, 1e-2, 0);
            fm.path[std::size_t(c)] = fit(rowsOf(pathAugM, pathRows[std::size_t(c)]), kPath, regPath, 0);
        }
        // background from doodles of the other category folds
        std::vector<Eigen::Index> bgRows, bgAugRows;
        for (std::size_t i = 0; i < doodles.size(); ++i) {
            if (catFold[category[i]] == fold)
                doodleHeld[std::size_t(fold)].push_back(Eigen::Index(i));
            else
                bgRows.push_back(Eigen::Index(i));
        }
        for (std::size_t j = 0; j < dAug.size(); ++j)
            if (catFold[category[std::size_t(dAugOf[j])]] != fold)
                bgAugRows.push_back(Eigen::Index(j));
        {
            MatrixXd H = rowsOf(doodleViews.hog, bgRows), HA = rowsOf(dAugViews.hog, bgAugRows);
            MatrixXd HH(H.rows() + HA.rows(), H.cols());
            HH << H, HA;
            fm.bgHog = fit(HH, kBgHog, 1e-2, 0);
            MatrixXd Q = rowsOf(doodleViews.path, bgRows), QA = rowsOf(dAugViews.path, bgAugRows);
            MatrixXd QQ(Q.rows() + QA.rows(), Q.cols());
            QQ << Q, QA;
            fm.bgPath = fit(QQ, kBgPath, regPath, 0);
            fm.hasBg = true;
        }
        for (const char* k : kinds)
            scores[k].push_back(score(fm, testViews[k]));
        doodleScores[std::size_t(fold)] = score(fm, doodleViews);
        std::fprintf(stderr, "fold %d fitted\n", fold + 1);
    }

    // Accuracy on held-out writers for several combinations
    const double alphas[] = {0.0, 0.1, 0.2, 0.3, 0.5, 1.0};
    for (const char* k : kinds) {
        if (std::string(k) == "mirror")
            continue;
        std::printf("%-8s", k);
        for (double a : alphas) {
            int ok = 0, n = 0;
            for (int fold = 0; fold < folds; ++fold)
                for (Eigen::Index i : heldRows[std::size_t(fold)]) {
                    const Decision d = decide(scores[k][std::size_t(fold)], i, 1.0, a);
                    ok += d.digit == drawn[std::size_t(i)].label;
                    ++n;
                }
            std::printf("  b=%.1f %.2f%%", a, 100.0 * ok / n);
        }
        std::printf("\n");
    }
    // path alone
    {
        int ok = 0, n = 0;
        for (int fold = 0; fold < folds; ++fold)
            for (Eigen::Index i : heldRows[std::size_t(fold)]) {
                ok += decide(scores["plain"][std::size_t(fold)], i, 0.0, 1.0).digit == drawn[std::size_t(i)].label;
                ++n;
            }
        std::printf("path alone %.2f%%\n", 100.0 * ok / n);
    }
    const double alpha = 1.0; const double beta = par("beta", 0.2);
    // per digit at alpha
    {
        std::array<int, 10> ok{}, n{};
        for (int fold = 0; fold < folds; ++fold)
            for (Eigen::Index i : heldRows[std::size_t(fold)]) {
                const int l = drawn[std::size_t(i)].label;
                ok[std::size_t(l)] += decide(scores["plain"][std::size_t(fold)], i, alpha, beta).digit == l;
                ++n[std::size_t(l)];
            }
        std::printf("per digit at beta %.2f:", beta);
        for (int c = 0; c < 10; ++c)
            std::printf(" %d:%.1f", c, 100.0 * ok[std::size_t(c)] / n[std::size_t(c)]);
        std::printf("\n");
    }
    // Refusal: digitness threshold chosen at a percentile of held-out digits (plain) -> doodles refused
    {
        std::vector<double> dig, doo;
        for (int fold = 0; fold < folds; ++fold) {
            for (Eigen::Index i : heldRows[std::size_t(fold)])
                dig.push_back(decide(scores["plain"][std::size_t(fold)], i, alpha, beta).digitness);
            for (Eigen::Index i : doodleHeld[std::size_t(fold)])
                doo.push_back(decide(doodleScores[std::size_t(fold)], i, alpha, beta).digitness);
        }
        for (double wp : {0.0, 0.25, 0.5, 1.0, 2.0}) {
            P["wpath"] = wp;
            std::vector<double> a1, b1;
            for (int fold = 0; fold < folds; ++fold) {
                for (Eigen::Index i : heldRows[std::size_t(fold)])
                    a1.push_back(decide(scores["plain"][std::size_t(fold)], i, alpha, beta).digitness);
                for (Eigen::Index i : doodleHeld[std::size_t(fold)])
                    b1.push_back(decide(doodleScores[std::size_t(fold)], i, alpha, beta).digitness);
            }
            std::sort(a1.begin(), a1.end());
            std::printf("wpath %.2f:", wp);
            for (double pct : {0.5, 1.0, 1.5}) {
                const double t = a1[std::size_t(pct / 100.0 * double(a1.size()))];
                int r = 0;
                for (double x : b1)
                    r += x < t;
                std::printf("  at %.1f%%: %.2f%%", pct, 100.0 * r / double(b1.size()));
            }
            std::printf("\n");
        }
        P["wpath"] = par("wpathfinal", 1.0);
        dig.clear();
        doo.clear();
        for (int fold = 0; fold < folds; ++fold) {
            for (Eigen::Index i : heldRows[std::size_t(fold)])
                dig.push_back(decide(scores["plain"][std::size_t(fold)], i, alpha, beta).digitness);
            for (Eigen::Index i : doodleHeld[std::size_t(fold)])
                doo.push_back(decide(doodleScores[std::size_t(fold)], i, alpha, beta).digitness);
        }
        std::vector<double> sd = dig;
        std::sort(sd.begin(), sd.end());
        for (double pct : {0.5, 1.0, 1.5, 2.0}) {
            const double t = sd[std::size_t(pct / 100.0 * double(sd.size()))];
            int r = 0;
            for (double x : doo)
                r += x < t;
            std::printf("digitness threshold at %.1f%% of held-out digits (%.1f): doodles refused %.2f%%\n", pct, t,
                        100.0 * r / double(doo.size()));
        }
        // old way: likelihood threshold + shape
        int r = 0, rd = 0;
        const VectorXd tot = model.totalLogLikelihoods(classLogLikelihoods(model, doodleViews.hog, InputKind::Drawing));
        for (std::size_t i = 0; i < doodles.size(); ++i)
            r += doodleViews.empty[i] || doodleViews.shapeRefused[i] || tot[Eigen::Index(i)] < model.outlierThreshold;
        for (std::size_t i = 0; i < drawn.size(); ++i)
            rd += testViews["plain"].shapeRefused[i];
        std::printf("old rule (default model, likelihood + shape): doodles refused %.2f%%; shape alone refuses %.2f%% of digits\n",
                    100.0 * r / double(doodles.size()), 100.0 * rd / double(drawn.size()));
        // per distortion: share of digits under the threshold at 1%
        const double t = sd[std::size_t(0.01 * double(sd.size()))];
        for (const char* k : kinds) {
            int rr = 0, n = 0;
            for (int fold = 0; fold < folds; ++fold)
                for (Eigen::Index i : heldRows[std::size_t(fold)]) {
                    if (std::string(k) == "mirror" && !hasDistinctMirrorImage(drawn[std::size_t(i)].label))
                        continue;
                    rr += decide(scores[k][std::size_t(fold)], i, alpha, beta).digitness < t;
                    ++n;
                }
            std::printf("  %s refused at 1%%: %.2f%%\n", k, 100.0 * rr / n);
        }
    }
    // Reversals: mirrored digit's mirror is the original. Rule: mirror's combined posterior for asked digit.
    {
        int caught = 0, n = 0, falseAl = 0, m = 0;
        for (double margin : {3.0, 6.0, 10.0, 15.0}) {
        caught = n = falseAl = m = 0;
        for (int fold = 0; fold < folds; ++fold)
            for (Eigen::Index i : heldRows[std::size_t(fold)]) {
                const int l = drawn[std::size_t(i)].label;
                // as drawn mirrored: the written thing = mirror view, its mirror = plain view
                const Decision w = decide(scores["mirror"][std::size_t(fold)], i, alpha, beta);
                const Decision f = decide(scores["plain"][std::size_t(fold)], i, alpha, beta);
                if (hasDistinctMirrorImage(l)) {
                    ++n;
                    const bool rev = f.digit == l && (w.digit != l) && f.digitness > w.digitness + margin;
                    caught += rev;
                }
                // false alarm: a real digit (plain) whose mirror (mirror view) reads as distinct digit, better
                ++m;
                falseAl += hasDistinctMirrorImage(w.digit) && f.digit != w.digit && w.digitness > f.digitness + margin;
            }
        std::printf("reversals: caught %.2f%% of mirrored 2-7,9 (asked, margin %.1f); false alarms %.3f%%\n",
                    100.0 * caught / n, margin, 100.0 * falseAl / m);
    }}
    return 0;
}

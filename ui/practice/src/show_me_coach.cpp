#include <digit_tutor/practice/show_me_coach.hpp>

#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/practice/show_me_overlay.hpp>

#include <digit_tutor/engine/demonstration.hpp>
#include <digit_tutor/engine/error.hpp>

#include <QRectF>

ShowMeCoach::ShowMeCoach(DrawingCanvas* canvas, QObject* parent)
    : QObject(parent)
    , m_canvas(canvas)
    , m_overlay(new ShowMeOverlay(canvas))
{
    connect(m_overlay, &ShowMeOverlay::playingChanged, this, &ShowMeCoach::showingChanged);
}

void ShowMeCoach::setWritingWays(std::shared_ptr<const dt::WritingWays> ways)
{
    m_ways = std::move(ways);
    if (!m_ways) {
        stop();
        clearHint();
    }
}

void ShowMeCoach::setHintsEnabled(bool enabled)
{
    m_hintsEnabled = enabled;
    if (!enabled)
        clearHint();
}

std::optional<dt::Drawing> ShowMeCoach::closestWayPath(const dt::DigitModel& model, int digit,
                                                       const std::vector<float>& guide) const
{
    if (!m_ways || digit < 0 || digit > 9 || guide.size() != std::size_t(dt::kDigitPixels))
        return std::nullopt;
    const int way = dt::wayClosestToGuide(model, *m_ways, digit, guide);
    return dt::demonstrationPath(model, m_ways->digits[std::size_t(digit)][std::size_t(way)]);
}

bool ShowMeCoach::showMe(const dt::DigitModel& model, int digit, const std::vector<float>& guide)
{
    std::optional<dt::Drawing> way = closestWayPath(model, digit, guide);
    if (!way)
        return false;
    dt::Drawing& path = *way;
    // From the guide's 28x28 frame to where the canvas shows the guide (pixel centres).
    const QRectF place = m_canvas->tracingTemplateRect();
    const double scale = place.width() / dt::kDigitSide;
    for (dt::Stroke& stroke : path.strokes)
        for (dt::StrokePoint& p : stroke) {
            p.x = place.left() + (p.x + 0.5) * scale;
            p.y = place.top() + (p.y + 0.5) * scale;
        }
    path.canvasWidth = m_canvas->width();
    path.canvasHeight = m_canvas->height();
    const double digitHeight = scale * dt::kDigitBox;
    m_overlay->play(dt::withSteadyPace(path, kDigitHeightsPerSecond * digitHeight, kLiftMs));
    return true;
}

dt::ui::FormationStrokes ShowMeCoach::formationFor(const dt::DigitModel& model, int digit,
                                                  const std::vector<float>& guide) const
{
    const std::optional<dt::Drawing> path = closestWayPath(model, digit, guide);
    if (!path)
        return {};
    dt::ui::FormationStrokes strokes;
    for (const dt::Stroke& stroke : path->strokes) {
        std::vector<QPointF> points;
        points.reserve(stroke.size());
        for (const dt::StrokePoint& p : stroke)
            points.emplace_back(p.x + 0.5, p.y + 0.5); // pixel index -> the pixel's centre
        strokes.push_back(std::move(points));
    }
    return strokes;
}

void ShowMeCoach::stop() { m_overlay->stop(); }
bool ShowMeCoach::isShowing() const { return m_overlay->isPlaying(); }

std::optional<dt::FormationCheck> ShowMeCoach::checkAfterDone(int digit, const dt::Drawing& drawing)
{
    if (!m_ways || digit < 0 || digit > 9 || drawing.isEmpty() ||
        drawing.strokes.size() > std::size_t(dt::kTrajectoryPoints))
        return std::nullopt;
    const dt::FormationCheck check = dt::checkFormation(*m_ways, digit, drawing);
    if (!check.usual && m_hintsEnabled)
        m_overlay->showHint({check.start.x, check.start.y}, {check.towards.x, check.towards.y});
    return check;
}

void ShowMeCoach::clearHint() { m_overlay->clearHint(); }
bool ShowMeCoach::isShowingHint() const { return m_overlay->isShowingHint(); }

QString ShowMeCoach::hintText(dt::FormationProblem problem)
{
    switch (problem) {
    case dt::FormationProblem::None: return {};
    case dt::FormationProblem::Start: return tr("Try starting at the green dot.");
    case dt::FormationProblem::Direction: return tr("Try it from the green dot, the arrow's way.");
    case dt::FormationProblem::Order: return tr("Try this part first, from the green dot.");
    }
    return {};
}

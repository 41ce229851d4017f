#include "CaptionCheckDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cd::app {

CaptionCheckDialog::CaptionCheckDialog(core::CampaignBrief brief, QWidget* parent)
    : QDialog(parent), m_brief(std::move(brief))
{
    setWindowTitle(tr("Check a Caption"));
    auto* layout = new QVBoxLayout(this);
    auto* prompt = new QLabel(tr("Paste the caption of a draft post:"), this);
    prompt->setTextFormat(Qt::PlainText);
    m_caption = new QPlainTextEdit(this);
    m_caption->setObjectName(QStringLiteral("captionEdit"));
    m_caption->setPlaceholderText(tr("#ad Morning routine with SPF 50 Glow Fluid …"));
    prompt->setBuddy(m_caption);
    auto* result = new QLabel(tr("What goes against the brief:"), this);
    result->setTextFormat(Qt::PlainText);
    m_findings = new QPlainTextEdit(this);
    m_findings->setObjectName(QStringLiteral("captionFindings"));
    m_findings->setReadOnly(true);
    result->setBuddy(m_findings);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(prompt);
    layout->addWidget(m_caption, 2);
    layout->addWidget(result);
    layout->addWidget(m_findings, 1);
    layout->addWidget(buttons);
    connect(m_caption, &QPlainTextEdit::textChanged, this, &CaptionCheckDialog::check);
    resize(520, 420);
    check();
}

void CaptionCheckDialog::check()
{
    m_findings->setPlainText(findingsText(m_brief, m_caption->toPlainText()));
}

QString CaptionCheckDialog::findingsText(const core::CampaignBrief& brief, const QString& caption)
{
    if (caption.trimmed().isEmpty()) {
        return tr("Paste a caption to check it against the brief.");
    }
    const auto findings = core::checkCaption(brief, caption.toStdString());
    if (findings.empty()) {
        return tr("No problems found: the required hashtags are there and the product names are "
                  "spelt as in the brief.");
    }
    QStringList lines;
    for (const auto& f : findings) {
        const QString expected = QString::fromStdString(f.expected);
        lines
            << (f.kind == core::BriefFinding::Kind::MissingDisclosure
                    ? tr("• Missing disclosure: %1").arg(expected)
                    : tr("• Write “%1”, not “%2”").arg(expected, QString::fromStdString(f.found)));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace cd::app

#include "documentlistmessage.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace EventDesk {

DocumentListMessage::DocumentListMessage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("documentListMessagePage"));
    // The list's own background, so the pane does not change colour when the list goes.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("readingProgress"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(120, 8);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("documentListMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_clearSearch = new QPushButton;
    m_clearSearch->setObjectName(QStringLiteral("clearSearchButton"));
    connect(m_clearSearch, &QPushButton::clicked, this, &DocumentListMessage::clearSearchRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    layout->addStretch(1);
    layout->addWidget(m_busy, 0, Qt::AlignHCenter);
    layout->addWidget(m_message);
    layout->addWidget(m_clearSearch, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    retranslate();
}

void DocumentListMessage::showMessage(const QString& text, bool busy, bool offerClearSearch)
{
    m_message->setText(text);
    m_busy->setVisible(busy);
    m_clearSearch->setVisible(offerClearSearch);
}

QString DocumentListMessage::text() const
{
    return m_message->text();
}

void DocumentListMessage::retranslate()
{
    m_busy->setAccessibleName(tr("Reading the site"));
    m_clearSearch->setText(tr("Clear the Search"));
    m_clearSearch->setAccessibleName(tr("Clear the search"));
    m_clearSearch->setAccessibleDescription(tr("Shows every document of the collection again."));
    m_busy->setAccessibleDescription(tr("The list fills in once the site's files are read."));
}

void DocumentListMessage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace EventDesk

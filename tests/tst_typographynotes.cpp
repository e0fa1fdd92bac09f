#include "document/eventdocument.h"
#include "previewrenderer.h"
#include "site/schema.h"

#include <QTest>

using namespace EventDesk;

// The notes of French typography the editor shows: where they are, and the words around them.
class TestTypographyNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notesOfFieldsAndBody();
};

void TestTypographyNotes::notesOfFieldsAndBody()
{
    CollectionSchema schema;
    SchemaField title;
    title.key = QStringLiteral("title");
    SchemaField link;
    link.key = QStringLiteral("lien");
    link.type = FieldType::Url;
    schema.fields = {title, link};
    const EventDocument document =
        EventDocument::fromBytes("---\ntitle: \"Formation à l'écoconception numérique\"\nlien: /l'agenda/\n---\n\n"
                                 "Premier paragraphe.\nRendez-vous à 14h pour la formation à l'écoconception.\n",
                                 QStringLiteral("a.markdown"));
    QVERIFY(document.status() == EventDocument::Status::Ok);
    const QVector<Problem> notes = PreviewRenderer::typographyProblems(document, schema, QStringLiteral("a.markdown"));

    QStringList where;
    for (const Problem& note : notes)
        where.append(QStringLiteral("%1@%2:%3 %4").arg(note.field).arg(note.line).arg(note.column).arg(note.fix));
    // The title (at its line, no column), not the address; then the body's hour and apostrophe.
    QCOMPARE(
        where,
        (QStringList{QStringLiteral("title@2:0 ’"), QStringLiteral("@7:15 14\u00a0h"), QStringLiteral("@7:40 ’")}));
    // Whole words around the place, from its own line only.
    QVERIFY2(notes.at(0).message.contains(QStringLiteral("“Formation à l'écoconception”")),
             qPrintable(notes.at(0).message));
    QVERIFY2(notes.at(1).message.contains(QStringLiteral("“Rendez-vous à 14h pour la formation”")),
             qPrintable(notes.at(1).message));
    QVERIFY(!notes.at(1).message.contains(QStringLiteral("paragraphe")));
}

QTEST_GUILESS_MAIN(TestTypographyNotes)
#include "tst_typographynotes.moc"

#pragma once
// A .ts file as the tests read it: each message with its context, source text, translation
// (or plural forms) and state, for the checks a translator's work must pass
// (test_translations.cpp).

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace dt::test {

struct TsMessage {
    QString context;
    QString source;
    QString type;        ///< the translation's type: "" when finished, "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms;   ///< the translation; one text, or the plural forms in the language's order
};

struct TsContents {
    QString language;    ///< the TS element's language attribute, e.g. "pl_PL"
    QList<TsMessage> messages;
    QString problem;     ///< why the file could not be read; "" when it was
};

inline TsContents readTsFile(const QString& path)
{
    TsContents ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.problem = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message"))
            ts.messages.append(message);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.forms = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.problem = xml.errorString();
    return ts;
}

} // namespace dt::test

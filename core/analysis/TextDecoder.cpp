#include "analysis/TextDecoder.h"

#include "common/LogCategories.h"

#include <QStringDecoder>

#include <vmime/vmime.hpp>

namespace Core::Analysis {

namespace {

    bool isAscii(const std::string& bytes)
    {
        for (unsigned char c : bytes) {
            if (c >= 0x80)
                return false;
        }
        return true;
    }

    QString decodeUnlabelled(const std::string& bytes)
    {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
        if (!utf8.hasError())
            return text;
        return QString::fromLatin1(bytes.data(), static_cast<qsizetype>(bytes.size()));
    }

    QString lowerAscii(const std::string& name)
    {
        return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size())).toLower();
    }

    // ISO-2022-JP (Japanese mail's traditional charset) and UTF-7 write their text in
    // 7-bit bytes: pure ASCII bytes are no sign that the text is ASCII.
    bool isSevenBitEncoding(const QString& lowerName)
    {
        return lowerName.startsWith(u"iso-2022") || lowerName.startsWith(u"iso2022") || lowerName == u"utf-7"
            || lowerName == u"csiso2022jp";
    }

} // namespace

QString TextDecoder::decode(const std::string& bytes, const std::string& charset)
{
    if (bytes.empty())
        return {};
    const QString name = lowerAscii(charset);
    if (isAscii(bytes) && !isSevenBitEncoding(name))
        return QString::fromLatin1(bytes.data(), static_cast<qsizetype>(bytes.size()));
    if (name.isEmpty() || name == u"us-ascii" || name == u"utf-8" || name == u"utf8" || name == u"ascii")
        return decodeUnlabelled(bytes);
    if (name == u"iso-8859-1" || name == u"latin1")
        return QString::fromLatin1(bytes.data(), static_cast<qsizetype>(bytes.size()));
    try {
        std::string converted;
        vmime::charset::convert(bytes, converted, vmime::charset(charset), vmime::charsets::UTF_8);
        return QString::fromUtf8(converted.data(), static_cast<qsizetype>(converted.size()));
    } catch (const vmime::exception& e) {
        qCDebug(lcAnalysis) << "charset" << name << "not converted:" << e.what();
    } catch (const std::exception& e) {
        qCDebug(lcAnalysis) << "charset" << name << "not converted:" << e.what();
    }
    return decodeUnlabelled(bytes);
}

QString TextDecoder::decode(const vmime::text& text)
{
    QString result;
    const std::size_t count = text.getWordCount();
    for (std::size_t i = 0; i < count; ++i) {
        const auto word = text.getWordAt(i);
        result += decode(word->getBuffer(), word->getCharset().getName());
    }
    return result;
}

} // namespace Core::Analysis

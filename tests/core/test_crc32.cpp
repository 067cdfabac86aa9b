// The CRC-32 that guards the model and ways-of-writing files (dt::detail::crc32): the
// IEEE 802.3 checksum of zlib and PNG, so it must give their published values.

#include "test_main.hpp"

#include <digit_tutor/engine/binary_io.hpp>

#include <QTest>

#include <cstdint>
#include <string>

namespace {

std::uint32_t crcOf(const std::string& text)
{
    return dt::detail::crc32(reinterpret_cast<const unsigned char*>(text.data()), text.size());
}

} // namespace

class TestCrc32 : public QObject {
    Q_OBJECT
private slots:
    void givesTheStandardCheckValue()
    {
        // The check value every CRC-32 (IEEE) implementation is compared with.
        QCOMPARE(crcOf("123456789"), std::uint32_t(0xCBF43926));
    }

    void givesPngsChecksumOfItsLastChunk()
    {
        // Every PNG file ends with the chunk type IEND and this checksum of it.
        QCOMPARE(crcOf("IEND"), std::uint32_t(0xAE426082));
    }

    void nothingHasAChecksumOfZero() { QCOMPARE(dt::detail::crc32(nullptr, 0), std::uint32_t(0)); }

    void oneFlippedBitChangesIt()
    {
        std::string text = "Digit Tutor model";
        const std::uint32_t before = crcOf(text);
        text[5] = char(text[5] ^ 0x01);
        QVERIFY(crcOf(text) != before);
    }
};

DT_TEST_MAIN(TestCrc32, QCoreApplication)
#include "test_crc32.moc"

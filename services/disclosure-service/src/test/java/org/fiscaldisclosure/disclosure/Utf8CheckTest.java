package org.fiscaldisclosure.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.disclosure.messaging.PartEventReader;
import org.fiscaldisclosure.disclosure.messaging.PolledRecord;
import org.junit.jupiter.api.Test;

/**
 * The consumer checks a payload's UTF-8 without decoding it; its verdict is a strict decoder's: well-formed text of
 * every length passes, and random bytes, truncations and the classic ill-formed sequences (overlong forms,
 * surrogates, code points above U+10FFFF) are refused exactly when the JDK's strict decoder refuses them.
 */
class Utf8CheckTest {

    final PartEventReader reader = new PartEventReader(new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules(),
            jakarta.validation.Validation.byDefaultProvider().configure()
                    .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                    .buildValidatorFactory());

    static boolean strictlyDecodable(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Whether the reader refused the payload for its encoding (anything else it may refuse is not about UTF-8 here). */
    boolean refusedAsNotUtf8(byte[] payload) {
        ConsumerRecord<String, byte[]> r = new ConsumerRecord<>(PartKind.PROCUREMENT.topic(), 0, 0, "110102-X:2024", payload);
        r.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8)).add("ce_id", "1".getBytes(StandardCharsets.UTF_8))
                .add("ce_source", "/x".getBytes(StandardCharsets.UTF_8))
                .add("ce_type", PartKind.PROCUREMENT.eventType().getBytes(StandardCharsets.UTF_8));
        PolledRecord read = PolledRecord.read(reader, r);
        return !read.readable() && read.unreadable().equals("payload is not UTF-8");
    }

    @Test
    void theVerdictIsTheStrictDecodersOnWellFormedIllFormedAndRandomBytes() {
        Random random = new Random(20240);
        String text = "{\"project\":\"西城区2024年度 ✓ 𝄞 é\"}";
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        int checked = 0;
        for (int len = 0; len <= good.length; len++) {
            byte[] prefix = java.util.Arrays.copyOf(good, len);
            assertEquals(!strictlyDecodable(prefix), refusedAsNotUtf8(prefix), "prefix of " + len);
            checked++;
        }
        int[][] classic = {{0xC0, 0x80}, {0xC1, 0xBF}, {0xE0, 0x80, 0x80}, {0xE0, 0x9F, 0xBF}, {0xED, 0xA0, 0x80},
                {0xED, 0xBF, 0xBF}, {0xF0, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80},
                {0xFF}, {0x80}, {0xE4, 0xB8}, {0xEF, 0xBB, 0xBF}, {0xF0, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF}};
        for (int[] seq : classic) {
            byte[] b = new byte[seq.length + 2];
            b[0] = '"';
            for (int i = 0; i < seq.length; i++) {
                b[i + 1] = (byte) seq[i];
            }
            b[b.length - 1] = '"';
            assertEquals(!strictlyDecodable(b), refusedAsNotUtf8(b), java.util.Arrays.toString(seq));
            checked++;
        }
        for (int n = 0; n < 20_000; n++) {
            byte[] b = new byte[1 + random.nextInt(12)];
            for (int i = 0; i < b.length; i++) {
                // mostly the lead and continuation bytes where the rules are
                b[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : 0x80 + random.nextInt(0x78));
            }
            assertEquals(!strictlyDecodable(b), refusedAsNotUtf8(b), java.util.HexFormat.of().formatHex(b));
            checked++;
        }
        assertEquals(good.length + 1 + classic.length + 20_000, checked);
    }
}

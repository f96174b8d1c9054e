package org.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static final String TEXT = "Bridge near Kreminna destroyed\n\nThe governor said the bridge was shelled.";

    @Test
    void isTheSha256OfTheNormalisedTextInHex() {
        assertThat(ContentHash.of("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ContentHash.of("abc \r\n\r\n")).isEqualTo(ContentHash.of("abc"));
    }

    @Test
    void ignoresLineEndingsAndTrailingWhitespace() {
        String windows = TEXT.replace("\n", "\r\n") + "\r\n";
        String padded = TEXT.replace("\n", "  \t\n") + "\n\n   ";
        String oldMac = TEXT.replace("\n", "\r");

        assertThat(ContentHash.of(windows)).isEqualTo(ContentHash.of(TEXT));
        assertThat(ContentHash.of(padded)).isEqualTo(ContentHash.of(TEXT));
        assertThat(ContentHash.of(oldMac)).isEqualTo(ContentHash.of(TEXT));
    }

    @Test
    void ignoresAByteOrderMarkAndUnicodeComposition() {
        assertThat(ContentHash.of("\uFEFF" + TEXT)).isEqualTo(ContentHash.of(TEXT));
        assertThat(ContentHash.of("Cafe\u0301 in Kherson")).isEqualTo(ContentHash.of("Café in Kherson"));
    }

    @Test
    void changesWithAnyWordOrSpacingInsideALine() {
        assertThat(ContentHash.of(TEXT.replace("shelled", "bombed"))).isNotEqualTo(ContentHash.of(TEXT));
        assertThat(ContentHash.of(TEXT.replace("bridge was", "bridge  was"))).isNotEqualTo(ContentHash.of(TEXT));
        assertThat(ContentHash.of(TEXT.replace("\n\n", "\n"))).isNotEqualTo(ContentHash.of(TEXT));
        assertThat(ContentHash.of(" " + TEXT)).isNotEqualTo(ContentHash.of(TEXT));
    }
}

package org.frontline.extraction.event;

import java.time.LocalDate;
import org.frontline.event.DatePrecision;
import org.frontline.place.PlaceKind;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() {
        ArticleFixture a = ArticleFixture.of("""
                Ukrainian forces liberated Vovchansk on Tuesday, the governor of the Kharkiv region said.
                Russian troops did not capture Lyman. Russian units may attack Siversk.
                The de-occupation of the town was confirmed by the General Staff.
                Russian troops left the village of Tsupivka and fled to Belgorod.
                """)
                .place("Vovchansk", PlaceKind.SETTLEMENT, "UA")
                .place("Kharkiv region", PlaceKind.REGION, "UA")
                .place("Lyman", PlaceKind.SETTLEMENT, "UA")
                .place("Siversk", PlaceKind.SETTLEMENT, "UA")
                .place("Tsupivka", PlaceKind.SETTLEMENT, "UA")
                .place("Belgorod", PlaceKind.SETTLEMENT, "RU")
                .organization("gs", "General Staff")
                .time("on Tuesday", LocalDate.of(2023, 5, 2), DatePrecision.DAY);
        for (var s : a.analyzed().sentences()) {
            System.out.println(s.tokens().stream().map(t -> t.word() + "/" + t.lemma() + "/" + t.partOfSpeech()).toList());
        }
        a.extract(LocalDate.of(2023, 5, 3)).forEach(System.out::println);
    }
}

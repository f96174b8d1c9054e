package org.frontline.knowledge.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SoundSkeletonTest {

    @Test
    void confusedConsonantsShareAClassAndVowelsStay() {
        assertThat(SoundSkeleton.of("Tokmak")).isEqualTo("tokmak");
        assertThat(SoundSkeleton.of("Balacria")).isEqualTo(SoundSkeleton.of("Balakliia"));
        assertThat(SoundSkeleton.of("Novomykhailivka")).isNotEqualTo(SoundSkeleton.of("Novomykolaivka"));
        assertThat(SoundSkeleton.of("Polohy")).isEqualTo(SoundSkeleton.of("Poroki"));
        assertThat(SoundSkeleton.of("Vasylivka")).isEqualTo(SoundSkeleton.of("Wasiliwka"));
    }

    @Test
    void sibilantDigraphsAreOneSound() {
        assertThat(SoundSkeleton.of("Shchastia")).isEqualTo(SoundSkeleton.of("Schastya"));
        assertThat(SoundSkeleton.of("Zhytomyr")).isEqualTo(SoundSkeleton.of("Sitomir"));
    }

    @Test
    void editDistanceSimilarityOfSkeletons() {
        assertThat(EditDistance.similarity(SoundSkeleton.of("Krakow"), SoundSkeleton.of("Hrakove")))
                .isGreaterThan(0.85);
        assertThat(EditDistance.bounded("melitopal", "melitopol", 2)).isEqualTo(1);
        assertThat(EditDistance.bounded("kharkiv", "kherson", 2)).isEqualTo(3);
    }
}

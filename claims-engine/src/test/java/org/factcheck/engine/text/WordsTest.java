package org.factcheck.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void setHoldsExactlyItsWordsAndDropsRepeats() {
        Set<String> words = Words.set("million", "bn", "m", "million", "per cent");

        assertThat(words).hasSize(4).containsExactlyInAnyOrder("million", "bn", "m", "per cent");
        assertThat(words.contains("Million")).isFalse();
        assertThat(words.contains("")).isFalse();
        assertThat(words.contains(null)).isFalse();
        assertThat(words.contains(42)).isFalse();
        assertThat(words).isEqualTo(Set.of("million", "bn", "m", "per cent"));
    }

    @Test
    void lookupsAgreeWithAHashSetOnManyWords() {
        Set<String> reference = new HashSet<>();
        for (int i = 0; i < 3000; i += 3) {
            reference.add("w" + i);
        }
        reference.add("");
        // "Aa" and "BB" share a hash code, as do their concatenations: probing must compare the words
        reference.add("AaAa");
        reference.add("BBBB");
        Set<String> words = Words.set(reference.toArray(String[]::new));

        for (int i = 0; i < 3000; i++) {
            assertThat(words.contains("w" + i)).as("w" + i).isEqualTo(reference.contains("w" + i));
        }
        assertThat(words).contains("", "AaAa", "BBBB").doesNotContain("AaBB", "BBAa");
        assertThat(words).hasSameSizeAs(reference);
    }

    @Test
    void mapAnswersItsValuesAndNullForOtherWords() {
        Map<String, Integer> source = new HashMap<>(Map.of("first", 1, "second", 2, "third", 3));
        Map<String, Integer> months = Words.map(source);

        assertThat(months).isEqualTo(source);
        assertThat(months.get("second")).isEqualTo(2);
        assertThat(months.get("fourth")).isNull();
        assertThat(months.containsKey("third")).isTrue();
        assertThat(months.getOrDefault("fifth", 0)).isZero();
        source.put("fourth", 4);
        assertThat(months).doesNotContainKey("fourth");
    }

    @Test
    void listsCannotBeChanged() {
        Set<String> words = Words.set("about");
        Map<String, Integer> map = Words.map(Map.of("one", 1));

        assertThatThrownBy(() -> words.add("around")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> words.remove("about")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.put("two", 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(5))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}

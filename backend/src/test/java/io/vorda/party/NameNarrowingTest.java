package io.vorda.party;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which listed words narrow a name quick search (ADR 0008); the word list's answers are written out here. */
class NameNarrowingTest {

    private final Map<String, List<PartyNameWords.Close>> close = new LinkedHashMap<>();
    private final List<PartyNameWords.Split> splits = new java.util.ArrayList<>();

    private NameNarrowingTest typed(String typed, Object... wordPartiesCloseness) {
        List<PartyNameWords.Close> like = new java.util.ArrayList<>();
        for (int i = 0; i < wordPartiesCloseness.length; i += 3) {
            like.add(new PartyNameWords.Close((String) wordPartiesCloseness[i], (Integer) wordPartiesCloseness[i + 1],
                    (Double) wordPartiesCloseness[i + 2]));
        }
        close.put(typed, like);
        return this;
    }

    /** The word list read {@code source} (one typed word or two joined) as {@code first} and {@code second} (or one word). */
    private void split(String source, int typedWords, int skipped, String first, int firstParties, String second, int secondParties) {
        splits.add(new PartyNameWords.Split(source, 1, typedWords, new PartyNameWords.Close(first, firstParties, 1),
                second == null ? null : new PartyNameWords.Close(second, secondParties, 1), skipped));
    }

    private NameNarrowing.Choice choose(String text) {
        return NameNarrowing.choose(text, new PartyNameWords.Lookup(close, splits));
    }

    @Test
    void a_common_listed_word_is_narrowed_further_by_the_typo_beside_it() {
        typed("anna", "anna", 30_000, 1.0, "annie", 500, 0.45).typed("bakekr", "bakker", 8_000, 0.27, "baker", 300, 0.44);

        NameNarrowing.Choice choice = choose("anna bakekr");

        assertThat(choice.sets()).containsExactly(List.of("anna", "annie"), List.of("bakker", "baker"));
        assertThat(choice.rankBy()).isEqualTo("anna bakekr");
    }

    @Test
    void a_rare_listed_word_narrows_alone_with_the_next_rarest_and_a_typo_is_not_needed() {
        typed("zwartkruis", "zwartkruis", 12, 1.0).typed("anna", "anna", 30_000, 1.0).typed("jnog", "jong", 900, 0.2);

        assertThat(choose("anna zwartkruis jnog").sets()).containsExactly(List.of("zwartkruis"), List.of("anna"));
    }

    @Test
    void a_listed_word_belongs_to_the_typed_word_it_is_then_to_the_typo_it_mends_not_to_the_word_it_is_a_variant_of() {
        typed("michel", "michel", 9_000, 1.0, "michiels", 9_500, 0.45)
                .typed("michils", "michiels", 9_500, 0.6, "michel", 9_000, 0.4);

        // otherwise both sets hold both words, and every Michel and every Michiels is a candidate
        assertThat(choose("michel michils").sets()).containsExactly(List.of("michel"), List.of("michiels"));
    }

    @Test
    void two_typed_listed_words_that_are_variants_of_each_other_each_narrow_by_themselves() {
        typed("willem", "willem", 9_800, 1.0, "willems", 20_000, 0.6).typed("willems", "willems", 20_000, 1.0, "willem", 9_800, 0.6);

        assertThat(choose("willem willems").sets()).containsExactly(List.of("willem"), List.of("willems"));
    }

    @Test
    void when_two_common_listed_words_go_together_a_third_narrows() {
        typed("ria", "ria", 9_000, 1.0).typed("ter", "ter", 9_502, 1.0).typed("horst", "horst", 9_502, 1.0);

        assertThat(choose("ria ter horst").sets()).containsExactly(List.of("ria"), List.of("ter"), List.of("horst"));
    }

    @Test
    void a_space_in_the_wrong_place_is_read_as_the_two_listed_words_and_the_ranking_uses_them() {
        typed("mar", "marc", 5_000, 0.5, "mark", 5_000, 0.5).typed("kbos", "bos", 9_000, 0.4);
        split("markbos", 2, 0, "mark", 5_000, "bos", 9_000);

        NameNarrowing.Choice choice = choose("mar kbos");

        assertThat(choice.sets()).containsExactly(List.of("mark"), List.of("bos"));
        assertThat(choice.rankBy()).isEqualTo("mark bos");
    }

    @Test
    void a_space_typed_into_a_word_is_read_as_that_word() {
        typed("bo", "bo", 400, 1.0).typed("s", "s", 3_000, 1.0).typed("zonen", "zonen", 20_000, 1.0);
        split("bos", 2, 0, "bos", 9_000, null, 0);

        NameNarrowing.Choice choice = choose("bo s& zonen");

        assertThat(choice.sets()).containsExactly(List.of("bos"), List.of("zonen"));
        assertThat(choice.rankBy()).isEqualTo("bos zonen");
    }

    @Test
    void a_letter_typed_for_the_space_is_read_as_two_words_and_the_better_split_wins() {
        typed("willemwprins", "willem", 9_800, 0.4);
        split("willemwprins", 1, 1, "willem", 9_800, "prins", 7_000);
        split("willemwprins", 1, 1, "wil", 10, "lemwprins", 1);

        NameNarrowing.Choice choice = choose("willemwprins");

        assertThat(choice.sets()).containsExactly(List.of("prins"), List.of("willem"));
        assertThat(choice.rankBy()).isEqualTo("willem prins");
    }

    @Test
    void two_typed_letters_narrow_common_words_unless_they_are_part_of_an_abbreviation() {
        typed("bs", "bas", 12_000, 0.0, "bos", 9_000, 0.0).typed("willems", "willems", 35_000, 1.0);
        assertThat(choose("bs willems").sets()).containsExactly(List.of("willems"), List.of("bas", "bos"));

        close.clear();
        typed("ba", "bas", 12_000, 0.0).typed("ter", "ter", 9_502, 1.0).typed("horst", "horst", 9_502, 1.0);
        assertThat(choose("ba ter horst").sets()).as("every Ter Horst has both words")
                .containsExactly(List.of("ter"), List.of("horst"), List.of("bas"));

        close.clear();
        typed("veld", "veld", 9_000, 1.0).typed("zonen", "zonen", 20_000, 1.0).typed("vo", "von", 3_000, 0.0, "vos", 5_000, 0.0)
                .typed("f", "f", 40_000, 1.0);
        assertThat(choose("veld & zonen vo.f.").sets()).as("\"vo\" is v.o. typed together, not a name")
                .containsExactly(List.of("veld"), List.of("zonen"));
    }

    @Test
    void listed_short_words_never_narrow_and_only_short_words_go_to_the_trigram_index() {
        typed("de", "de", 150_000, 1.0, "den", 90_000, 0.5).typed("jo", "joost", 2_000, 0.3);

        NameNarrowing.Choice choice = choose("de jo");

        assertThat(choice.sets()).isEmpty();
        assertThat(choice.byTrigrams()).isTrue();
    }

    @Test
    void typed_words_like_no_listed_word_match_nothing() {
        typed("xqzvw").typed("de", "de", 150_000, 1.0);

        NameNarrowing.Choice choice = choose("xqzvw de");

        assertThat(choice.sets()).isEmpty();
        assertThat(choice.byTrigrams()).isFalse();
    }
}

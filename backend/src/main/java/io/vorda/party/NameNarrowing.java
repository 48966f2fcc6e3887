package io.vorda.party;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which listed words narrow a name quick search, from what the word list said about the typed words (ADR 0008).
 * The candidates are the parties having a word of each chosen set; the ranking then needs the whole text close to
 * the name. Pure: no database, so every rule is tested on its own.
 * <ul>
 * <li>A listed word typed gives itself and its close variants ("jansen" – "Janssen").</li>
 * <li>A typed word, or two neighbouring ones, that reads as two listed words with the space dropped, replaced or
 * moved ("willemvink", "mar kbos") gives those two words, each as if typed apart; two typed words that together
 * are a listed word ("bo s") give that word. Either mends the text the parties are ranked by: "mar kbos" shares too
 * few trigrams with "Mark Bos" to rank it.</li>
 * <li>Any other typed word gives the listed words like it (a typo, a word typed in part); one of two letters only
 * when it is not listed itself, a longer word was typed and no lone letter ("bs" – "Bas"; "de" is on too many names
 * to narrow; "vo.f." is "v.o.f." with a dot left out).</li>
 * <li>A listed word belongs to one set only: the typed word it is, else the typo it mends, else the listed word it
 * is a variant of. "Michel Michils" narrows by Michel and by Michiels, not twice by both (each set then holds the
 * other's word, and the two together narrow nothing).</li>
 * </ul>
 * The two rarest listed sets narrow. When there are none, the two rarest unlisted ones do. When even the rarest
 * listed set is common, one more narrows: the rarest unlisted set ("Anna Bakekr": tens of thousands of Annas, fewer
 * Bakkers), else the third listed one ("Ria ter Horst": every Ter Horst has both "ter" and "horst").
 */
final class NameNarrowing {

    /**
     * How close a listed word must be to a typed listed word to count as its variant: "jansen" – "janssen" 0.67,
     * "meier" – "meijer" 0.44. At 0.5 the second was lost; at 0.4 the top ten for 300 typo'd bench names matched
     * the old whole-name trigram query's in 257 cases and found every party it found (ADR 0008).
     */
    static final double VARIANT = 0.4;
    /**
     * Parties a listed word may be on before it alone no longer narrows enough: ranking a thousand candidates costs
     * ~10 ms; the generated bench names' given names are on 10 000 – 30 000 parties each (ADR 0008).
     */
    static final int COMMON = 1000;

    /**
     * The word sets to narrow by (none: see {@link #byTrigrams}), and the text to rank the candidates by.
     * {@code byTrigrams}: only words of one or two letters were typed, so the name's trigram index finds the
     * candidates; with no set and not {@code byTrigrams}, no listed word is like any typed word and nothing matches.
     */
    record Choice(List<List<String>> sets, String rankBy, boolean byTrigrams) {
    }

    private record WordSet(String typed, boolean listed, List<PartyNameWords.Close> words) {

        long parties() {
            return words.stream().mapToLong(PartyNameWords.Close::parties).sum();
        }
    }

    private NameNarrowing() {
    }

    static Choice choose(String lower, PartyNameWords.Lookup lookup) {
        Map<String, List<PartyNameWords.Close>> close = lookup.close();
        List<WordSet> sets = new ArrayList<>();
        Set<String> explained = new HashSet<>();
        Map<String, PartyNameWords.Split> mended = new HashMap<>(); // first typed word of a split → the split
        lookup.splits().stream()
                .sorted(Comparator.comparingInt(PartyNameWords.Split::typedWords)
                        .thenComparingInt(PartyNameWords.Split::skipped)
                        .thenComparing(split -> -split.words().stream().mapToInt(w -> w.word().length()).min().orElse(0)))
                .forEach(split -> {
                    List<String> typed = typedWordsOf(split, close.keySet());
                    if (typed.isEmpty() || typed.stream().anyMatch(explained::contains)) {
                        return; // a better split already reads these typed words
                    }
                    explained.addAll(typed);
                    mended.put(typed.get(0), split);
                    split.words().forEach(word -> sets.add(new WordSet(word.word(), true, List.of(word))));
                });
        boolean longWordTyped = close.keySet().stream().anyMatch(typed -> typed.length() >= 3);
        // "v.o.f.", "sp. z o.o." typed with a dot left out ("vo.f.", "zo.o.") leave two letters beside a lone one
        boolean abbreviationTyped = close.keySet().stream().anyMatch(typed -> typed.length() == 1);
        close.forEach((typed, like) -> {
            boolean listed = like.stream().anyMatch(c -> c.word().equals(typed));
            boolean shortUsable = typed.length() == 2 && !listed && longWordTyped && !abbreviationTyped;
            if (explained.contains(typed) || like.isEmpty() || (typed.length() < 3 && !shortUsable)) {
                return; // read by a split; like no listed word at all; or "de", "b" of "B.V.": on too many names
            }
            List<PartyNameWords.Close> words = listed ? like.stream().filter(c -> c.closeness() >= VARIANT).toList() : like;
            sets.add(new WordSet(typed, listed, words));
        });
        List<WordSet> owned = eachWordInOneSet(sets);
        List<WordSet> listed = owned.stream().filter(WordSet::listed).sorted(Comparator.comparingLong(WordSet::parties)).toList();
        List<WordSet> unlisted = owned.stream().filter(s -> !s.listed()).sorted(Comparator.comparingLong(WordSet::parties)).toList();
        List<WordSet> chosen = new ArrayList<>(listed.subList(0, Math.min(2, listed.size())));
        if (chosen.isEmpty()) {
            chosen.addAll(unlisted.subList(0, Math.min(2, unlisted.size())));
        } else if (chosen.get(0).parties() > COMMON) {
            unlisted.stream().findFirst().or(() -> listed.stream().skip(2).findFirst()).ifPresent(chosen::add);
        }
        String rankBy = mended.isEmpty() ? lower : mend(close.keySet(), mended);
        return new Choice(chosen.stream().map(s -> s.words().stream().map(PartyNameWords.Close::word).toList()).toList(),
                rankBy, chosen.isEmpty() && !longWordTyped);
    }

    /**
     * Keeps each listed word in one set: the one of the typed word it is, else the closest typo it mends, else the
     * closest listed word it is a variant of. Sets left empty go.
     */
    private static List<WordSet> eachWordInOneSet(List<WordSet> sets) {
        Map<String, WordSet> owner = new HashMap<>();
        Map<String, Double> ownerRank = new HashMap<>();
        for (WordSet set : sets) {
            for (PartyNameWords.Close word : set.words()) {
                // exact (a typed listed word, a split's word) above typo mends above variants; closer first
                double rank = word.word().equals(set.typed()) ? 3 : (set.listed() ? 1 : 2) + word.closeness() / 2;
                if (!ownerRank.containsKey(word.word()) || rank > ownerRank.get(word.word())) {
                    owner.put(word.word(), set);
                    ownerRank.put(word.word(), rank);
                }
            }
        }
        List<WordSet> owned = new ArrayList<>();
        for (WordSet set : sets) {
            List<PartyNameWords.Close> words = set.words().stream().filter(w -> owner.get(w.word()) == set).toList();
            if (!words.isEmpty()) {
                owned.add(new WordSet(set.typed(), set.listed(), words));
            }
        }
        return owned;
    }

    /** The typed words in order, those a split reads replaced by its two listed words. */
    private static String mend(Collection<String> typedInOrder, Map<String, PartyNameWords.Split> splits) {
        List<String> out = new ArrayList<>();
        Set<String> skip = new HashSet<>();
        for (String typed : typedInOrder) {
            PartyNameWords.Split split = splits.get(typed);
            if (split != null) {
                out.add(String.join(" ", split.words().stream().map(PartyNameWords.Close::word).toList()));
                if (split.typedWords() == 2) {
                    skip.add(split.source().substring(typed.length()));
                }
            } else if (!skip.contains(typed)) {
                out.add(typed);
            }
        }
        return String.join(" ", out);
    }

    /** The typed words a split reads: the one word it was cut from, or the two neighbours joined into it. */
    private static List<String> typedWordsOf(PartyNameWords.Split split, Set<String> typed) {
        if (split.typedWords() == 1) {
            return List.of(split.source());
        }
        for (String first : typed) {
            String rest = split.source().startsWith(first) ? split.source().substring(first.length()) : null;
            if (rest != null && typed.contains(rest)) {
                return List.of(first, rest);
            }
        }
        return List.of();
    }
}

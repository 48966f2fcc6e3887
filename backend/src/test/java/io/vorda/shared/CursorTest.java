package io.vorda.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    @Test
    void a_cursor_round_trips_its_key_values() {
        assertThat(Cursor.decode(Cursor.encode("müller, anna", "42"), 2)).isEqualTo(List.of("müller, anna", "42"));
    }

    @Test
    void a_tampered_cursor_is_an_error_on_the_after_argument() {
        assertThatThrownBy(() -> Cursor.decode("%%%not-base64", 2))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FORMAT);
                    assertThat(e.field()).isEqualTo("after");
                });
        assertThatThrownBy(() -> Cursor.decode(Cursor.encode("only-one"), 2)).isInstanceOf(DomainException.class);
    }

    @Test
    void a_page_size_outside_one_to_a_hundred_is_refused_on_first() {
        assertThatThrownBy(() -> PageRequest.of(101, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("first"));
        assertThat(PageRequest.of(null, null).size()).isEqualTo(PageRequest.DEFAULT_SIZE);
    }
}

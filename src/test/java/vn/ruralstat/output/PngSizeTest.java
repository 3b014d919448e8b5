package vn.ruralstat.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PngSizeTest {

    @Test
    void readsTheWidthAndHeightFromThePngHeader() throws IOException {
        assertThat(PngSize.of(ChartsSheetTest.png(1200, 700))).isEqualTo(new PngSize(1200, 700));
        assertThat(PngSize.of(ChartsSheetTest.png(3, 70_000))).isEqualTo(new PngSize(3, 70_000));
    }

    @Test
    void refusesBytesThatAreNotAPng() {
        assertThatThrownBy(() -> PngSize.of("GIF89a not a png at all, really".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a PNG");
        assertThatThrownBy(() -> PngSize.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

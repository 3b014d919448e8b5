package vn.ruralstat.poverty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.ruralstat.sheet.UnitNames;

/** Looking a commune's tables up in the index gives what filtering the whole list gave, in its order. */
class PovertyByCommuneTest {

    private static final String[] NAMES = {"Ngân Sơn", "NGÂN SƠN", "Xã Ngân Sơn", "Hồng Phong", "Cai Bộ"};
    private static final String[] CODES = {null, null, "01234", "05678"};

    @Test
    void findsTheSameTablesInTheSameOrderAsFilteringEveryTable() {
        Random random = new Random(14);
        for (int round = 0; round < 200; round++) {
            List<CommunePoverty> poverty = new ArrayList<>();
            for (int i = 0; i < random.nextInt(10); i++) {
                poverty.add(CommunePoverty.ofVillages(pick(NAMES, random), null, "2025", List.of(), null)
                        .withCodes(pick(CODES, random), null));
            }
            PovertyByCommune index = PovertyByCommune.of(poverty);
            for (String name : NAMES) {
                for (String code : CODES) {
                    List<CommunePoverty> expected = poverty.stream()
                            .filter(p -> code != null && p.code() != null
                                    ? code.equals(p.code())
                                    : UnitNames.key(p.commune()).equals(UnitNames.key(name)))
                            .toList();
                    assertThat(index.of(name, code)).as(name + " " + code).containsExactlyElementsOf(expected);
                }
            }
        }
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}

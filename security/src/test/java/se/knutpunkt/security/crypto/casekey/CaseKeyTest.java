package se.knutpunkt.security.crypto.casekey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.security.crypto.FileKey;
import se.knutpunkt.security.crypto.hpke.KeyUnwrapException;
import se.knutpunkt.security.crypto.hpke.WrappedKey;
import se.knutpunkt.security.crypto.keys.P256PrivateKey;

class CaseKeyTest {
  private final CaseId caseId = CaseId.random();
  private final P256PrivateKey member = P256PrivateKey.generate();
  private final CaseKey caseKey = CaseKey.random(caseId, CaseKeyEpoch.first());

  @Test
  void aMemberUnwrapsTheCaseKeyOfItsCaseAndEpoch() throws Exception {
    WrappedKey wrapped = caseKey.wrapFor(member.publicKey());
    assertThat(CaseKey.unwrap(member, caseId, CaseKeyEpoch.first(), wrapped)).isEqualTo(caseKey);
  }

  @Test
  void aWrappedCaseKeyDoesNotOpenForAnotherEpochOrCase() {
    WrappedKey wrapped = caseKey.wrapFor(member.publicKey());
    assertThatThrownBy(() -> CaseKey.unwrap(member, caseId, new CaseKeyEpoch(2), wrapped))
        .isInstanceOf(KeyUnwrapException.class);
    assertThatThrownBy(() -> CaseKey.unwrap(member, CaseId.random(), CaseKeyEpoch.first(), wrapped))
        .isInstanceOf(KeyUnwrapException.class);
  }

  @Test
  void anAttachmentKeyOpensOnlyForItsAttachmentAndCaseKey() throws Exception {
    UUID attachment = UUID.randomUUID();
    FileKey fileKey = FileKey.random();
    byte[] wrapped = AttachmentKeyWrap.wrap(caseKey, attachment, fileKey);
    assertThat(wrapped).hasSize(60);
    assertThat(AttachmentKeyWrap.unwrap(caseKey, attachment, wrapped)).isEqualTo(fileKey);
    assertThatThrownBy(() -> AttachmentKeyWrap.unwrap(caseKey, UUID.randomUUID(), wrapped))
        .isInstanceOf(KeyUnwrapException.class);
    CaseKey nextEpoch = CaseKey.random(caseId, CaseKeyEpoch.first().next());
    assertThatThrownBy(() -> AttachmentKeyWrap.unwrap(nextEpoch, attachment, wrapped))
        .isInstanceOf(KeyUnwrapException.class);
    byte[] modified = wrapped.clone();
    modified[20] ^= 1;
    assertThatThrownBy(() -> AttachmentKeyWrap.unwrap(caseKey, attachment, modified))
        .isInstanceOf(KeyUnwrapException.class);
  }

  @Test
  void epochsStartAtOne() {
    assertThatThrownBy(() -> new CaseKeyEpoch(0)).isInstanceOf(IllegalArgumentException.class);
  }
}

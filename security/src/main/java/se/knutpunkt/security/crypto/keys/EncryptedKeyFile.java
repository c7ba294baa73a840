package se.knutpunkt.security.crypto.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * The user's private key file: PEM "ENCRYPTED PRIVATE KEY", an EncryptedPrivateKeyInfo under PBES2
 * with PBKDF2-HMAC-SHA-256 (random 16-byte salt, at least 600 000 iterations) and AES-256-CBC
 * (random 16-byte IV, PKCS#7 padding), around the PKCS#8 of a P-256 key. This is what {@code
 * openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256 -iter 600000} writes, so {@code
 * openssl pkey} opens it; the browser reads and writes the same bytes.
 */
public final class EncryptedKeyFile {
  public static final int MIN_ITERATIONS = 600_000;

  /** Far above any sane setting; refuses files made to stall whoever opens them. */
  public static final int MAX_ITERATIONS = 10_000_000;

  static final String PEM_TYPE = "ENCRYPTED PRIVATE KEY";
  private static final int SALT_BYTES = 16;
  private static final int IV_BYTES = 16;
  private static final int KEY_BYTES = 32;
  private static final ASN1ObjectIdentifier AES_256_CBC = NISTObjectIdentifiers.id_aes256_CBC;
  private static final AlgorithmIdentifier HMAC_SHA256 =
      new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE);
  private static final SecureRandom RANDOM = new SecureRandom();

  private EncryptedKeyFile() {}

  /** The PEM text of {@code key} encrypted under {@code passphrase}, with 600 000 iterations. */
  public static String write(P256PrivateKey key, Passphrase passphrase) {
    return write(key, passphrase, MIN_ITERATIONS);
  }

  public static String write(P256PrivateKey key, Passphrase passphrase, int iterations) {
    if (passphrase.isEmpty()) {
      throw new IllegalArgumentException("an empty passphrase protects nothing");
    }
    if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException(
          "PBKDF2 iterations must be " + MIN_ITERATIONS + " to " + MAX_ITERATIONS);
    }
    byte[] salt = random(SALT_BYTES);
    byte[] iv = random(IV_BYTES);
    byte[] pkcs8 = key.toPkcs8();
    try {
      byte[] encrypted =
          aesCbc(Cipher.ENCRYPT_MODE, derive(passphrase, salt, iterations), iv, pkcs8);
      PBES2Parameters pbes2 =
          new PBES2Parameters(
              new KeyDerivationFunc(
                  PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(salt, iterations, HMAC_SHA256)),
              new EncryptionScheme(AES_256_CBC, new DEROctetString(iv)));
      EncryptedPrivateKeyInfo info =
          new EncryptedPrivateKeyInfo(
              new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, pbes2), encrypted);
      return P256PublicKey.Pem.encode(PEM_TYPE, info.getEncoded("DER"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot encrypt a key file", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  /**
   * Opens a key file.
   *
   * @throws MalformedKeyFileException the text is no encrypted PKCS#8 key file
   * @throws UnsupportedKeyFileException a key file protected otherwise than described above
   * @throws WrongPassphraseException the passphrase does not open it
   */
  public static P256PrivateKey read(String pem, Passphrase passphrase) throws KeyFileException {
    byte[] der = P256PublicKey.Pem.decode(pem, PEM_TYPE);
    EncryptedPrivateKeyInfo info;
    PBES2Parameters pbes2;
    try {
      info = EncryptedPrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
    } catch (IOException | RuntimeException e) {
      throw new MalformedKeyFileException("not a DER EncryptedPrivateKeyInfo");
    }
    AlgorithmIdentifier scheme = info.getEncryptionAlgorithm();
    if (!PKCSObjectIdentifiers.id_PBES2.equals(scheme.getAlgorithm())) {
      throw new UnsupportedKeyFileException(
          "the key file is encrypted with " + scheme.getAlgorithm() + ", not PBES2");
    }
    try {
      pbes2 = PBES2Parameters.getInstance(scheme.getParameters());
    } catch (RuntimeException e) {
      throw new MalformedKeyFileException("damaged PBES2 parameters");
    }
    Pbkdf2 kdf = Pbkdf2.of(pbes2.getKeyDerivationFunc());
    byte[] iv = aes256CbcIv(pbes2.getEncryptionScheme());
    if (passphrase.isEmpty()) {
      throw new WrongPassphraseException("wrong passphrase for this key file (it was empty)");
    }
    byte[] pkcs8;
    try {
      pkcs8 =
          aesCbc(
              Cipher.DECRYPT_MODE,
              derive(passphrase, kdf.salt, kdf.iterations),
              iv,
              info.getEncryptedData());
    } catch (BadPaddingException e) {
      throw new WrongPassphraseException("wrong passphrase for this key file");
    } catch (GeneralSecurityException e) {
      throw new MalformedKeyFileException("the encrypted key is damaged: " + e.getMessage());
    }
    try {
      return P256PrivateKey.fromPkcs8(pkcs8);
    } catch (MalformedKeyFileException e) {
      // a wrong key decrypts to noise that passes the padding check about once in 256 tries
      throw new WrongPassphraseException("wrong passphrase for this key file");
    } finally {
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  private record Pbkdf2(byte[] salt, int iterations) {
    static Pbkdf2 of(KeyDerivationFunc function) throws KeyFileException {
      if (!PKCSObjectIdentifiers.id_PBKDF2.equals(function.getAlgorithm())) {
        throw new UnsupportedKeyFileException(
            "the key file's passphrase is stretched with "
                + function.getAlgorithm()
                + ", not PBKDF2");
      }
      PBKDF2Params params;
      try {
        params = PBKDF2Params.getInstance(function.getParameters());
      } catch (RuntimeException e) {
        throw new MalformedKeyFileException("damaged PBKDF2 parameters");
      }
      if (params.isDefaultPrf()
          || !PKCSObjectIdentifiers.id_hmacWithSHA256.equals(params.getPrf().getAlgorithm())) {
        throw new UnsupportedKeyFileException("the key file's PBKDF2 does not use HMAC-SHA-256");
      }
      if (params.getKeyLength() != null
          && !params.getKeyLength().equals(BigInteger.valueOf(KEY_BYTES))) {
        throw new UnsupportedKeyFileException("the key file's PBKDF2 key length is not 32 bytes");
      }
      BigInteger iterations = params.getIterationCount();
      if (iterations.compareTo(BigInteger.valueOf(MIN_ITERATIONS)) < 0) {
        throw new UnsupportedKeyFileException(
            "the key file uses "
                + iterations
                + " PBKDF2 iterations; Knutpunkt requires at least "
                + MIN_ITERATIONS);
      }
      if (iterations.compareTo(BigInteger.valueOf(MAX_ITERATIONS)) > 0) {
        throw new UnsupportedKeyFileException(
            "the key file asks for " + iterations + " PBKDF2 iterations, above " + MAX_ITERATIONS);
      }
      if (params.getSalt().length < 8) {
        throw new UnsupportedKeyFileException("the key file's PBKDF2 salt is shorter than 8 bytes");
      }
      return new Pbkdf2(params.getSalt(), iterations.intValue());
    }
  }

  private static byte[] aes256CbcIv(EncryptionScheme scheme) throws KeyFileException {
    if (!AES_256_CBC.equals(scheme.getAlgorithm())) {
      throw new UnsupportedKeyFileException(
          "the key file is encrypted with " + scheme.getAlgorithm() + ", not AES-256-CBC");
    }
    byte[] iv;
    try {
      iv = ASN1OctetString.getInstance(scheme.getParameters()).getOctets();
    } catch (RuntimeException e) {
      throw new MalformedKeyFileException("damaged AES-256-CBC parameters");
    }
    if (iv.length != IV_BYTES) {
      throw new MalformedKeyFileException("the AES-256-CBC IV is not 16 bytes");
    }
    return iv;
  }

  private static SecretKeySpec derive(Passphrase passphrase, byte[] salt, int iterations)
      throws GeneralSecurityException {
    PBEKeySpec spec = new PBEKeySpec(passphrase.characters(), salt, iterations, KEY_BYTES * 8);
    try {
      // the JDK's PBKDF2 encodes the characters as UTF-8, as openssl and the browser do
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      return new SecretKeySpec(key, "AES");
    } finally {
      spec.clearPassword();
    }
  }

  private static byte[] aesCbc(int mode, SecretKeySpec key, byte[] iv, byte[] data)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
    cipher.init(mode, key, new IvParameterSpec(iv));
    return cipher.doFinal(data);
  }

  private static byte[] random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}

package se.knutpunkt.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build made, deployed as it is: the tests meet what users would meet. */
public final class Deployments {

  private Deployments() {}

  public static EnterpriseArchive knutpunkt() {
    File ear = new File(Settings.required("knutpunkt.ear"));
    if (!ear.isFile()) {
      throw new IllegalStateException("No EAR at " + ear + "; run the build first.");
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }
}

package se.knutpunkt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.user.UserProfile;
import se.knutpunkt.domain.user.UserProfileRepository;
import se.knutpunkt.domain.user.Username;

@ApplicationScoped
public class JpaUserProfileRepository implements UserProfileRepository {

  @PersistenceContext(unitName = "knutpunkt")
  private EntityManager em;

  @Override
  public Optional<UserProfile> find(Username username) {
    return Optional.ofNullable(em.find(UserProfile.class, username.value()));
  }

  @Override
  public void store(UserProfile profile) {
    em.persist(profile);
  }

  @Override
  public List<UserProfile> wantingNoticeDigest() {
    return em.createQuery(
            "select p from UserProfile p where p.noticeDigest = true", UserProfile.class)
        .getResultList();
  }

  @Override
  public List<UserProfile> ofAgency(AgencyCode agency) {
    return em.createQuery("select p from UserProfile p where p.agency = :agency", UserProfile.class)
        .setParameter("agency", agency.value())
        .getResultList();
  }
}

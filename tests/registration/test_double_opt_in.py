"""Double opt-in: a public application takes a seat only once verified."""

import datetime

import pytest
from django.utils import timezone

from programs.models import Participant, Registration
from programs.services import registration
from programs.services.registration import RegistrationError, VerificationExpired
from tests.factories import (
    OrganisationFactory,
    ParticipantFactory,
    ProgramFactory,
)

from .conftest import apply, public_application

Status = Registration.Status


def test_an_unverified_application_takes_no_seat(program):
    pending = public_application(program)
    apply(program), apply(program)

    assert pending.status == Status.APPLIED
    assert pending.waitlist_position is None
    confirmed = Registration.objects.filter(status=Status.CONFIRMED).count()
    assert confirmed == program.capacity


def test_an_unverified_application_expires_after_the_set_hours(program, settings):
    settings.APPLICATION_VERIFICATION_HOURS = 48
    before = timezone.now()

    pending = public_application(program)

    expected = before + datetime.timedelta(hours=48)
    assert abs(pending.verification_expires_at - expected) < datetime.timedelta(
        minutes=1
    )


def test_verifying_takes_a_seat_while_seats_remain(program):
    pending = public_application(program)

    verified = registration.verify_application(pending.token)

    assert verified.status == Status.CONFIRMED
    assert verified.verified_at is not None
    assert verified.verification_expires_at is None


def test_verifying_when_full_takes_the_next_waitlist_place(program):
    pending = public_application(program)
    apply(program), apply(program), apply(program)

    verified = registration.verify_application(pending.token)

    assert (verified.status, verified.waitlist_position) == (Status.WAITLISTED, 2)


def test_verifying_twice_changes_nothing(program):
    pending = public_application(program)
    first = registration.verify_application(pending.token)

    second = registration.verify_application(pending.token)

    assert (second.status, second.confirmed_at) == (first.status, first.confirmed_at)
    assert Registration.objects.filter(status=Status.CONFIRMED).count() == 1


def test_an_expired_link_cannot_verify(program):
    pending = public_application(program)
    Registration.objects.filter(pk=pending.pk).update(
        verification_expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    with pytest.raises(VerificationExpired, match="expired"):
        registration.verify_application(pending.token)
    pending.refresh_from_db()
    assert pending.status == Status.APPLIED


def test_an_unknown_token_cannot_verify(db):
    with pytest.raises(RegistrationError, match="no application"):
        registration.verify_application("no-such-token")


def test_expired_applications_are_deleted_with_the_people_they_created(program):
    pending = public_application(program, email="late@example.org")
    later = pending.verification_expires_at + datetime.timedelta(seconds=1)

    deleted = registration.delete_expired_applications(later)

    assert deleted == 1
    assert not Registration.objects.filter(pk=pending.pk).exists()
    assert not Participant.objects.filter(email="late@example.org").exists()


def test_expiry_keeps_a_person_registered_elsewhere(program):
    person = ParticipantFactory(email="known@example.org")
    apply(program, person)
    pending = public_application(ProgramFactory(), email="known@example.org")
    later = pending.verification_expires_at + datetime.timedelta(seconds=1)

    registration.delete_expired_applications(later)

    assert Participant.objects.filter(pk=person.pk).exists()
    assert not Registration.objects.filter(pk=pending.pk).exists()


def test_expiry_keeps_applications_still_within_their_time(program):
    pending = public_application(program)

    assert registration.delete_expired_applications() == 0
    assert Registration.objects.filter(pk=pending.pk).exists()


def test_expiry_keeps_verified_applications(program):
    pending = public_application(program)
    registration.verify_application(pending.token)
    much_later = timezone.now() + datetime.timedelta(days=30)

    assert registration.delete_expired_applications(much_later) == 0
    assert Registration.objects.filter(pk=pending.pk).exists()


def test_a_public_application_keeps_what_was_typed_and_the_privacy_agreement(
    program,
):
    pending = public_application(program)
    registration_with_details = registration.apply_for_program(
        program,
        {"given_name": "Ali", "email": "ali@example.org", "category": "other"},
        source=Registration.Source.PUBLIC_FORM,
        verified=False,
        motivation="To learn",
        organisation_name="Port Media",
        privacy_accepted=True,
    )

    assert pending.privacy_accepted_at is not None
    assert registration_with_details.motivation == "To learn"
    assert registration_with_details.organisation_name == "Port Media"


def test_a_new_applicant_is_linked_to_the_organisation_of_that_name(program):
    outlet = OrganisationFactory(name_en="Port Media", name_ru="Порт Медиа")

    created = registration.apply_for_program(
        program,
        {"given_name": "Ali", "email": "ali@example.org", "category": "other"},
        source=Registration.Source.PUBLIC_FORM,
        verified=False,
        organisation_name="порт медиа",
    )

    assert created.participant.organisation == outlet


def test_the_expire_applications_command_deletes_and_reports(program):
    from io import StringIO

    from django.core.management import call_command

    pending = public_application(program)
    Registration.objects.filter(pk=pending.pk).update(
        verification_expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    out = StringIO()

    call_command("expire_applications", stdout=out)

    assert "1 expired application deleted" in out.getvalue()
    assert not Registration.objects.filter(pk=pending.pk).exists()


def test_after_a_lapsed_link_the_same_address_may_apply_again(program):
    lapsed = public_application(program, email="again@example.org")
    Registration.objects.filter(pk=lapsed.pk).update(
        verification_expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    fresh = public_application(program, email="again@example.org")

    assert fresh.awaiting_verification
    assert list(Registration.objects.all()) == [fresh]

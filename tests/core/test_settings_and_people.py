"""The clinic's facts as ClinicSettings and Person give them to templates."""

import pytest
from django.core.exceptions import ValidationError

from core.models import ClinicSettings, Person
from tests.factories import PersonFactory


class TestPhoneLink:
    @pytest.mark.parametrize(
        "phone",
        ["(713) 555-0142", "713-555-0142", "713.555.0142", "1 (713) 555-0142", "+1 713 555 0142"],
    )
    def test_a_us_number_dials_with_the_country_code(self, phone):
        assert ClinicSettings(phone=phone).phone_href == "tel:+17135550142"

    @pytest.mark.parametrize("phone", ["(713) 555-0142 ext. 3", "713-555-0142 x12", "(713) 555-0142 Ext 7"])
    def test_an_extension_is_left_out_of_the_dialled_number(self, phone):
        assert ClinicSettings(phone=phone).phone_href == "tel:+17135550142"

    def test_no_phone_gives_no_link(self):
        assert ClinicSettings(phone="").phone_href == ""

    @pytest.mark.django_db
    def test_the_sites_settings_give_the_link(self, site_tree):
        settings = ClinicSettings.for_site(site_tree.site)
        assert settings.phone == "(713) 555-0142"
        assert settings.phone_href == "tel:+17135550142"


@pytest.mark.django_db
def test_site_settings_point_at_the_primary_location_and_consultation_page(site_tree):
    settings = ClinicSettings.for_site(site_tree.site)
    assert settings.primary_location.specific == site_tree.location
    assert settings.consultation_page.specific == site_tree.consultation
    assert settings.primary_location_page().hours_summary == "Mon - Fri (8 A.M. - 5 P.M.) · Closed Sat & Sun"


@pytest.mark.django_db
def test_clinic_settings_refuse_a_page_of_the_wrong_type_for_each_chooser(site_tree):
    """The choosers point at wagtailcore.Page; a crafted form post with another page type is refused."""
    settings = ClinicSettings.for_site(site_tree.site)
    settings.primary_location = site_tree.about
    settings.consultation_page = site_tree.location
    with pytest.raises(ValidationError) as refused:
        settings.full_clean()
    assert refused.value.message_dict["primary_location"] == ["Choose a location page."]
    assert refused.value.message_dict["consultation_page"] == ["Choose a consultation page."]


class TestPersonDisplayName:
    def test_honorific_name_and_credentials(self):
        person = Person(honorific="Dr.", name="Maya Okafor", credentials="MD")
        assert person.display_name == "Dr. Maya Okafor, MD"

    def test_without_credentials(self):
        assert Person(honorific="Dr.", name="Maya Okafor").display_name == "Dr. Maya Okafor"

    def test_without_honorific(self):
        assert Person(name="Sam Rivera", credentials="CRNA").display_name == "Sam Rivera, CRNA"

    def test_name_alone(self):
        assert Person(name="Sam Rivera").display_name == "Sam Rivera"

    @pytest.mark.django_db
    def test_a_saved_person_reads_the_same_in_the_admin(self):
        person = PersonFactory(honorific="Dr.", name="Maya Okafor", credentials="MD")
        assert str(Person.objects.get(pk=person.pk)) == "Dr. Maya Okafor, MD"

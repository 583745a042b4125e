"""The partner directory: organisations, their services, and temporary closures."""

import uuid
from datetime import date, datetime

from sqlmodel import Field, SQLModel

from models.base import counted_by, json_list, utcnow, uuid_pk, version_field


class Organization(SQLModel, table=True):
    id: uuid.UUID = uuid_pk()
    name: str = Field(max_length=300, index=True)
    siret: str = Field(default="", max_length=14)
    description: str = ""
    address: str = ""
    postal_code: str = Field(default="", max_length=10)
    commune: str = Field(default="", max_length=120)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)
    website: str = Field(default="", max_length=500)
    source: str = Field(default="", max_length=100)
    external_id: str = Field(default="", max_length=200)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    version: int = version_field()

    __mapper_args__ = counted_by(version)


class Service(SQLModel, table=True):
    id: uuid.UUID = uuid_pk()
    organization_id: uuid.UUID = Field(foreign_key="organization.id", index=True)
    name: str = Field(max_length=300)
    description: str = ""
    # codes of the data·inclusion lists
    type: str = Field(default="", max_length=60)
    themes: list[str] = json_list()
    publics: list[str] = json_list()
    publics_details: str = ""
    fees: str = Field(default="", max_length=40)
    fees_details: str = ""
    access_conditions: str = ""
    documents_to_bring: list[str] = json_list()
    modes_accueil: list[str] = json_list()
    modes_mobilisation: list[str] = json_list()
    mobilisation_details: str = ""
    address: str = ""
    postal_code: str = Field(default="", max_length=10)
    commune: str = Field(default="", max_length=120, index=True)
    latitude: float | None = None
    longitude: float | None = None
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)
    website: str = Field(default="", max_length=500)
    contact_name: str = Field(default="", max_length=200)
    # OpenStreetMap opening_hours syntax
    opening_hours: str = Field(default="", max_length=1000)
    opening_hours_details: str = ""
    languages: list[str] = json_list()
    wheelchair_access: bool | None = None
    last_verified_on: date | None = None
    source: str = Field(default="", max_length=100)
    external_id: str = Field(default="", max_length=200, index=True)
    active: bool = Field(default=True, index=True)
    # this place's own word on the service (« appeler Mme X avant »): no import touches it
    local_note: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # how the service looked at its last import (app/services/imported_services.py)
    import_fingerprint: str = Field(
        default="", max_length=40, sa_column_kwargs={"server_default": ""}
    )
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    version: int = version_field()

    __mapper_args__ = counted_by(version)


class ServiceClosure(SQLModel, table=True):
    __tablename__ = "service_closure"

    id: uuid.UUID = uuid_pk()
    service_id: uuid.UUID = Field(foreign_key="service.id", index=True)
    starts_on: date
    ends_on: date
    message: str = Field(default="", max_length=300)
